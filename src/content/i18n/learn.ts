// Texts of the walkthrough player and the Learn list (#13). English here; the Korean ones, typed
// against these keys, in learn.ko.ts (each language is its own chunk: en.ts, ko.ts). The
// walkthroughs' own texts are in their files (src/content/walkthroughs/<id>.json).

export const learnEn = {
  'learn.button': 'Learn',
  'learn.button.hint':
    'Guided walkthroughs: each step runs the cluster to a moment and explains it',
  'learn.list.title': 'Learn Kafka step by step',
  'learn.list.intro':
    'Each walkthrough runs the real simulation and stops where something happens, with a few sentences on what you see and Kafka’s own numbers filled in. Some steps ask you to act — crash a broker, add a consumer. Your progress stays in this browser.',
  'learn.list.steps': '{n} steps',
  'learn.list.start': 'Start',
  'learn.list.continue': 'Continue at step {n}',
  'learn.list.again': 'Start again',
  'learn.list.progress': '{reached} of {steps} steps seen',
  'learn.list.done': 'Seen to the end',
  'learn.list.new': 'Not started',
  'learn.list.loading': 'Loading the walkthroughs…',
  'learn.list.failed': 'The walkthroughs could not be loaded.',
  'learn.list.retry': 'Try again',
  'learn.list.invalid': 'Cannot be used: {reason}',

  'learn.player.label': 'Walkthrough: {title}',
  'learn.player.step': 'Step {n} of {total}',
  'learn.player.progress': 'Progress through the walkthrough',
  'learn.player.next': 'Next',
  'learn.player.back': 'Back',
  'learn.player.finish': 'Finish',
  'learn.player.close': 'Close the walkthrough',
  'learn.player.keys': 'N or → next · P or ← back',
  'learn.player.link': 'Link to this step',
  'learn.player.seeking': 'Running to this step’s moment…',
  'learn.player.opening': 'Preparing the walkthrough…',
  'learn.act.todo': 'Your turn — the walkthrough continues once the engine shows it happened.',
  'learn.act.do': 'Do it for me',
  'learn.act.done': 'Done: the engine shows it happened.',

  'learn.problem.unknown': 'There is no walkthrough “{id}”.',
  'learn.problem.invalid': 'The walkthrough “{id}” cannot be used:',
  'learn.problem.run': 'The walkthrough “{id}” does not run as written:',
  'learn.problem.dismiss': 'Dismiss',

  'interview.button': 'Interview',
  'interview.button.hint': 'Classic Kafka interview questions, each answered by showing it',
  'interview.title': 'Interview questions',
  'interview.intro':
    'A short answer, a deeper one, and the question an interviewer would ask next. “Show me” opens the walkthrough step or the scenario that answers it on the running cluster.',
  'interview.search': 'Search the questions',
  'interview.count': '{n} of {total} questions',
  'interview.none': 'No question matches.',
  'interview.short': 'Short answer',
  'interview.deep': 'Deeper',
  'interview.followUp': 'Next question',
  'interview.show': 'Show me',
  'interview.loading': 'Loading the questions…',
  'interview.failed': 'The questions could not be loaded.',

  'learn.section.structure': 'The overall structure',
  'learn.section.partitions': 'Topic, partition, offset',
  'learn.section.groups': 'Consumer groups',
  'learn.section.segments': 'Log segments',
  'learn.section.fast': 'Why Kafka is fast',
  'learn.section.replication': 'Replication',
  'learn.section.controller': 'ZooKeeper vs KRaft',
};
