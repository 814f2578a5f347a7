// @ts-check
// The data shapes the Python side sends to the browser (each widget's traits, from the data files
// that abcourse/data/schema/*.json describe), and the saved records, as JSDoc typedefs for the
// type checks (tsconfig.json, tsconfig.ui.json). Nothing here runs: the modules name these types
// in comments only, /** @param {import("../types.js").NormsFile} norms */, and never import this
// file, so the bundler (bundle.py) never inlines it.

// ---- shared

/** A citation key of book/references.bib, or several: a data file's `source`.
 * @typedef {string | string[]} SourceRef */

/** Citation key -> the short label the widget shows (a data file's `sources`).
 * @typedef {Record<string, string>} Sources */

/** A sentence with its source (norms.yml's notes, red-flags.yml's recency, severe, scope).
 * @typedef {object} Note
 * @property {string} text
 * @property {SourceRef} [source] */

/** What a chapter's assessment gives the plan: "no-data", "ok", "attention", "urgent",
 * "incomplete", or "no-self-test" for a chapter without one.
 * @typedef {"no-data" | "ok" | "attention" | "urgent" | "incomplete" | "no-self-test"} Status */

// ---- content files (content.schema.json): a chapter's quizzes, checklists and exercises

/** @typedef {"call-999" | "ae-now" | "same-day" | "soon" | "routine"} RedFlagLevelId */

/** One option of a single or multiple choice question.
 * @typedef {object} QuizOption
 * @property {string} id
 * @property {string} text
 * @property {boolean} [correct] a red-flag question's right option is marked when loaded
 * @property {string} feedback
 * @property {RedFlagLevelId} [level] the red-flag level this answer stands for */

/** A single or multiple choice question; `options` and `redFlag` are its alone (`never` on the
 * other kinds, which the schema forbids them).
 * @typedef {object} ChoiceQuestion
 * @property {string} id
 * @property {"single" | "multiple"} kind
 * @property {string} prompt
 * @property {string} [source]
 * @property {QuizOption[]} options
 * @property {string} [redFlag] a sign or rule of red-flags.yml: its level marks the right option
 * @property {never} [answer]
 * @property {never} [feedback] */

/** @typedef {object} TrueFalseQuestion
 * @property {string} id
 * @property {"truefalse"} kind
 * @property {string} prompt
 * @property {string} [source]
 * @property {boolean} answer
 * @property {{true: string, false: string}} feedback
 * @property {never} [options] */

/** @typedef {object} NumericQuestion
 * @property {string} id
 * @property {"numeric"} kind
 * @property {string} prompt
 * @property {string} [source]
 * @property {number} answer
 * @property {number} [tolerance] right within answer ± tolerance (0 when left out)
 * @property {[number, number]} [range] right from range[0] to range[1], instead of tolerance
 * @property {string} [unit]
 * @property {{correct: string, low: string, high: string}} feedback
 * @property {never} [options] */

/** @typedef {ChoiceQuestion | TrueFalseQuestion | NumericQuestion} Question */

/** The Quiz widget's `quiz` trait: one quiz of a content file.
 * @typedef {object} Quiz
 * @property {string} id
 * @property {string} title
 * @property {string} [intro]
 * @property {Question[]} questions */

/** One form cue of a checklist; priority 1 matters most (2 when left out).
 * @typedef {object} Cue
 * @property {string} id
 * @property {string} cue
 * @property {string} fix
 * @property {string} why
 * @property {number} [priority]
 * @property {boolean} [visible] false when a drawing cannot show the cue */

/** The Checklist widget's `checklist` trait; FormScore's `checklists` are a list of them.
 * @typedef {object} Checklist
 * @property {string} id
 * @property {string} exercise the exercise's name
 * @property {string} [intro]
 * @property {Cue[]} cues */

/** The Checklist widget's `figures` trait: cue id -> the fault drawn beside the right form (SVG).
 * @typedef {Record<string, {label: string, right: string, wrong: string}>} CueFigures */

/** One of an exercise's four weeks: the figures the progression check runs and the words of the
 * printed "Week N: ..." line.
 * @typedef {object} ExerciseWeek
 * @property {number} sessions the most sessions (days) in the week, 1 to 7
 * @property {number} [sets]
 * @property {number} [reps]
 * @property {number} [seconds]
 * @property {number} [minutes]
 * @property {string} [unit] what one rep is called, in the plural
 * @property {boolean} [eachSide]
 * @property {string} [where]
 * @property {number} [walks]
 * @property {string} [days]
 * @property {string} [note]
 * @property {string} [change]
 * @property {string} [also] */

/** An exercise as a cause of YourPlan sends it: the content file's, with its printed weeks
 * (`progression`, made from `weeks` when loaded) and a small drawing of its start position
 * (`figure`, SVG) in place of its `figures`.
 * @typedef {object} Exercise
 * @property {string} id
 * @property {string} name
 * @property {string} pattern its movement pattern, one of the closed list in content.schema.json
 *   (`movementPattern`); variants of one exercise share it
 * @property {string} checklist the id of its form checklist in the same file
 * @property {string} dose
 * @property {string} easier
 * @property {string} harder
 * @property {string[]} progression "Week 1: ...", one line a week
 * @property {ExerciseWeek[]} weeks
 * @property {number} [rest] seconds of rest after each set or hold, when not the usual
 * @property {ExerciseStarts} [starts] where a learner may start (logic/starting_level.js)
 * @property {string} [figure] */

/** Where an exercise may start: its easier start's figures, and which of the learner's results
 * pick the start (the chapter-1 hold tests, or the plan's solo check).
 * @typedef {object} ExerciseStarts
 * @property {Partial<ExerciseWeek>} easier
 * @property {HoldTestId[]} holdTests
 * @property {"plank" | "side-bridge" | "bird-dog" | "none"} check */

/** One exercise of a session (logic/session.js): what the session card prints and the workout
 * mode runs.
 * @typedef {object} SessionItem
 * @property {string} exerciseId
 * @property {string} name
 * @property {string} causeId
 * @property {string} href its chapter's page
 * @property {string} figure a small drawing of its start position (SVG), or ""
 * @property {string[]} cues its most important form cues, most important first
 * @property {"hold" | "reps" | "walk"} kind
 * @property {number} sets sets in the session (a hold counts as a set; a walk is 1)
 * @property {number | null} reps reps in each set (on each side when eachSide)
 * @property {number | null} seconds how long each hold or rep is held
 * @property {number | null} minutes a walk's minutes
 * @property {boolean} eachSide
 * @property {string} unit what one rep is called ("reaches"), "holds", or "" for a walk
 * @property {string} where how or where ("on your knees"), or ""
 * @property {number} restSeconds rest after each set or hold
 * @property {string} text the week's printed line ("Week 2: ...") */

// ---- norms.yml (norms.schema.json): EnduranceTest and BalanceRatios' `norms`, YourPlan's too

/** @typedef {"flexor" | "extensor" | "sideLeft" | "sideRight"} HoldTestId */
/** @typedef {"female" | "male" | "unspecified"} Sex */

/** One hold test and its published adult norm, in seconds.
 * @typedef {object} HoldTest
 * @property {HoldTestId} id the field of the saved endurance record
 * @property {string} name
 * @property {string} [label] the field's label, when it differs from the name
 * @property {string} [hint]
 * @property {number} mean
 * @property {number} sd
 * @property {string} source
 * @property {Note[]} [notes]
 * @property {object} [figures] how to draw its set-up (figures.schema.json's figureSet); the
 *   widgets draw EnduranceTest's `figures` instead */

/** A published figure for a ratio: a stated value, or one worked out from the tests' means.
 * @typedef {object} RatioReference
 * @property {"female" | "male" | "all"} group
 * @property {number} [value]
 * @property {true} [fromNorms]
 * @property {string} [label]
 * @property {string} source */

/** One balance ratio: the numerator's time (the average of its fields) over the denominator's.
 * @typedef {object} Ratio
 * @property {string} id
 * @property {string} name
 * @property {HoldTestId[]} numerator
 * @property {HoldTestId[]} denominator
 * @property {string} [note]
 * @property {RatioReference[]} references */

/** @typedef {object} NormsFile
 * @property {Sources} sources
 * @property {number} maxSeconds longer times are refused as a likely typo
 * @property {Note[]} population
 * @property {HoldTest[]} tests
 * @property {{near?: number, notes?: Note[], items: Ratio[]}} ratios */

/** How to set up one hold test (EnduranceTest's `figures`), drawn as SVG.
 * @typedef {object} HoldTestFigure
 * @property {HoldTestId} id
 * @property {string} name
 * @property {string} startLabel
 * @property {string} start
 * @property {string} endLabel
 * @property {string} end
 * @property {string} source */

// ---- red-flags.yml (red-flags.schema.json): RedFlagChecker's and YourPlan's `redflags`

/** A level's advice; `levels` lists them most serious first.
 * @typedef {object} RedFlagLevel
 * @property {"urgent" | "attention"} status what the plan's profile shows when it applies
 * @property {number} attention how much the plan's profile weighs it, 0 to 1
 * @property {boolean} [emergency] go now (999 or A&E): an alert, and the plan is put away
 * @property {string} heading
 * @property {string} title
 * @property {string} advice
 * @property {SourceRef} source */

/** What a sign or a rule says when it applies.
 * @typedef {object} RedFlagOutcome
 * @property {string} [level] a key of `levels`
 * @property {string} [title] a headline of its own instead of the level's
 * @property {string} text
 * @property {string} short
 * @property {string} [say] its words after "I have back pain and"
 * @property {string} [script] words of its own to say, instead of `say`
 * @property {string} [action]
 * @property {boolean} [askAboutPlan]
 * @property {SourceRef} source */

/** @typedef {RedFlagOutcome & {id: string, ces?: boolean}} RedFlagSign */

/** A sign as the logic lists it, with the id of its group.
 * @typedef {RedFlagSign & {group: string}} GroupedRedFlagSign */

/** @typedef {object} RedFlagGroup
 * @property {string} id
 * @property {string} heading
 * @property {string} [hint]
 * @property {RedFlagSign[]} signs */

/** A rule: for each name in `when` (a sign or a set), at least one of its signs ticked.
 * @typedef {RedFlagOutcome & {id: string, level: string, when: string[],
 *   atLeast?: {count: number, of: string}}} RedFlagRule */

/** A sign or rule that applies, with its kind; a sign applies alone only with a level.
 * @typedef {(RedFlagRule & {kind: "rule", ces?: undefined})
 *   | (GroupedRedFlagSign & {kind: "sign", level: string, when?: undefined,
 *   atLeast?: undefined})} RedFlagOutcomeApplied */

/** @typedef {object} RedFlagsFile
 * @property {Sources} sources
 * @property {string} intro
 * @property {SourceRef} [introSource]
 * @property {Note} recency
 * @property {Note} severe
 * @property {Note} scope
 * @property {string} disclaimer
 * @property {Record<string, RedFlagLevel>} levels level id -> the level, most serious first
 * @property {string[]} [levelOrder] the level ids, most serious first (the loader's list: an
 *   object's key order may not survive JSON)
 * @property {{title: string, advice: string, limits: string, source: SourceRef}} allClear
 * @property {string} cesScript
 * @property {{emergency: string, advice: string}} numbers the numbers to call, as pages print them
 * @property {RedFlagGroup[]} groups
 * @property {Record<string, string[]>} sets a name -> sign ids
 * @property {RedFlagRule[]} rules */

// ---- stop-rules.yml (stop-rules.schema.json): YourPlan's `stop_rules`, for the workout mode

/** One choice of "Stop: it hurts".
 * @typedef {object} StopRule
 * @property {string} id
 * @property {string} choice what the learner picks, in the first person
 * @property {string} advice what to do; {emergency} and {advice} are the red-flag file's numbers
 * @property {boolean} [stops] false: the session can carry on
 * @property {string[]} [redFlagSigns] ids of red-flag signs this choice may be
 * @property {boolean} [selfCare] show the self-care points for today's ache
 * @property {string} [uncertainty]
 * @property {SourceRef} source */

/** @typedef {object} StopRulesFile
 * @property {Sources} sources
 * @property {string} redFlagsFile
 * @property {StopRule[]} rules
 * @property {{title: string, points: {text: string, source: SourceRef}[]}} selfCare */

// ---- progression.yml (progression.schema.json): ProgressionCheck's `rules`, YourPlan's
// `progression`

/** @typedef {object} ProgressionUnit
 * @property {string} id
 * @property {string} label
 * @property {string} name
 * @property {string} hint
 * @property {number} max
 * @property {number} step */

/** @typedef {object} ProgressionRule
 * @property {string} title
 * @property {string} text
 * @property {string} uncertainty
 * @property {SourceRef} source */

/** @typedef {object} ProgressionRules
 * @property {Sources} sources
 * @property {string} intro
 * @property {string} disclaimer
 * @property {{min: number, max: number, start: number}} weeks how many weeks the form shows
 * @property {number} maxSessions
 * @property {ProgressionUnit[]} units
 * @property {{increase: ProgressionRule & {twoWeekLimit: number, ruleOfThumb: number},
 *   rest: ProgressionRule & {guideline: number, maxSessions: number},
 *   pain: ProgressionRule & {okMax: number, cautionMax: number}}} rules
 * @property {{weeks: number, step: number, cut: number, note: string}} plan */

// ---- Your plan's inputs

/** One cause chapter of the course manifest, as YourPlan's `causes` sends it.
 * @typedef {object} Cause
 * @property {string} id
 * @property {string} chapter the notebook's name, which scopes its saved records
 * @property {string} title
 * @property {string} href its page in the built book
 * @property {string | null} selfTest a key of SELF_TESTS (logic/self_tests.js), or null
 * @property {Exercise[]} exercises
 * @property {Quiz[]} quizzes
 * @property {Checklist[]} checklists */

/** The data files the plan runs the self-tests on again; one may be missing.
 * @typedef {object} PlanData
 * @property {NormsFile} [norms]
 * @property {RedFlagsFile} [redflags]
 * @property {ProgressionRules} [progression] */

// ---- saved records: abcourse:v1:<kind>:<id> (logic/store_keys.js), each in an envelope

/** @typedef {Record<HoldTestId, number | null>} HoldTimes */

/** abcourse:v1:tool:endurance, shared by chapters 1 and 3.
 * @typedef {object} EnduranceRecord
 * @property {Partial<HoldTimes>} times seconds, or null where blank
 * @property {Sex} sex */

/** One week of training; null where blank or mistyped.
 * @typedef {object} ProgressionWeek
 * @property {number | null} sessions
 * @property {number | null} volume
 * @property {number | null} pain next-day pain, 0 to 10 */

/** abcourse:v1:tool:progression.
 * @typedef {object} ProgressionRecord
 * @property {ProgressionWeek[]} weeks oldest first
 * @property {string} [unit] an id of the rules' `units` */

/** abcourse:v1:tool:redflags.
 * @typedef {object} RedFlagRecord
 * @property {string[]} checked the ticked sign ids
 * @property {string[]} [none] the groups answered "I have none of these" */

/** A learner's response to a question: an option id, a list of ids, a bool, or a number as typed.
 * @typedef {string | string[] | boolean | number} QuizResponse */

/** abcourse:v1:quiz:<chapter>/<quiz id>.
 * @typedef {object} QuizRecord
 * @property {Record<string, QuizResponse>} responses by question id
 * @property {Record<string, boolean>} checked which questions the learner has checked */

/** abcourse:v1:checklist:<chapter>/<checklist id>.
 * @typedef {object} ChecklistRecord
 * @property {string[]} checked the ticked cue ids */

/** One exercise of a logged session.
 * @typedef {object} LoggedItem
 * @property {string} exerciseId
 * @property {number} setsPlanned sets (holds) the session asked for, both sides counted once
 * @property {number} setsDone sets finished, at most setsPlanned */

/** One session of the log (logic/session_log.js).
 * @typedef {object} LoggedSession
 * @property {string} date the learner's local day it started, "YYYY-MM-DD"
 * @property {number} startedAt ms since 1970
 * @property {number} endedAt ms since 1970
 * @property {number} week the plan's week, from 1
 * @property {LoggedItem[]} items
 * @property {{rule: string} | null} stopped the stop rule that ended it early ("Stop: it hurts")
 * @property {number | null} nextMorningPain 0 to 10, asked the next day */

/** abcourse:v1:log:sessions.
 * @typedef {object} SessionLog
 * @property {LoggedSession[]} sessions oldest first */

/** The stored envelope of every record.
 * @typedef {object} StoredEnvelope
 * @property {number} version
 * @property {string} savedAt
 * @property {unknown} data */

/** An exported progress file.
 * @typedef {object} ProgressFile
 * @property {"abcourse-progress"} format
 * @property {number} version
 * @property {string} exportedAt
 * @property {Record<string, unknown>} records key -> the record's data */

/** A check of a saved record's data.
 * @typedef {(data: any) => boolean} RecordCheck */

// ---- the widgets' results (the `result` trait) and anywidget

/** What every assessment gives the plan, and the `result` trait holds at least.
 * @typedef {object} AssessmentResult
 * @property {Status} status
 * @property {number | null} attention 0 to 1, or null without data
 * @property {string} summary */

/** The part of anywidget's model the widgets use.
 * @typedef {object} WidgetModel
 * @property {(name: string) => any} get
 * @property {(name: string, value: unknown) => void} set
 * @property {() => void} save_changes
 * @property {(event: string, callback: (...args: any[]) => void) => void} on
 * @property {(event?: string | null, callback?: ((...args: any[]) => void) | null) => void} off */

/** What anywidget hands a widget's render().
 * @typedef {object} RenderProps
 * @property {WidgetModel} model
 * @property {HTMLElement} el */

export {};
