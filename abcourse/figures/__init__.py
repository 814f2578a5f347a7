"""Drawn figures of the exercises and hold tests, from poses in the data files.

``body`` is the one body every figure draws (segment lengths from a published table),
``kinematics`` poses it from joint angles, ``scene`` sets it on the floor beside its props and
measures its contacts, ``figureset`` reads the figures from the data files, ``framing`` decides
each figure set's panels and the frame they share, ``labels`` finds where a fault's label goes,
``svg`` draws them, ``describe`` writes what a screen reader says, ``html`` lays them out for a
page or a widget, ``directive`` puts them in the book, and ``fit`` helps an author settle a pose
on its contacts. ``geometry`` is the plane geometry (points, boxes, hulls, nearest points) the
others share.
"""
