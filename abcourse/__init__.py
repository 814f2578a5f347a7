"""The course "Why Do Ab Workouts Hurt My Back?": its data, figures, widgets and Sphinx site.

The layers import one way: ``data`` (the data files) ← ``figures`` (drawing) ← ``widgets`` (the
course's anywidgets) ← ``site`` (Sphinx). ``authoring`` holds the authors' checks, which the book
does not import. A notebook imports its widgets from ``abcourse.widgets``.
"""
