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
  'learn.problem.load':
    'The walkthrough “{id}” could not be loaded. Check the connection and try again.',
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

  'quiz.title': 'Test yourself',
  'quiz.intro':
    'Each question is built from a fresh scenario, and the engine computes its answer. After you answer, play the run that proves it.',
  'quiz.kinds': 'Kinds of question',
  'quiz.kind.keyPartition': 'Key → partition',
  'quiz.kind.leaderAfterDeath': 'Leader election',
  'quiz.kind.indexLookup': 'Index lookup',
  'quiz.kind.truncateOnReturn': 'Unclean election loss',
  'quiz.kind.rangeAssignment': 'Range assignor',
  'quiz.keyPartition.q':
    'A producer with the default partitioner sends a record with key “{key}” to the topic {topic}, which has {n} partitions. Which partition does it land in?',
  'quiz.keyPartition.why':
    'toPositive(murmur2("{key}")) % {n} = {answer}: the same key lands there as long as the topic has {n} partitions.',
  'quiz.leaderAfterDeath.q':
    'The topic {topic} runs on {brokers} brokers. Its partition {partition} has the replicas [{replicas}] (the first is the preferred leader); broker {leader} leads it and every replica is in sync. Broker {victim} crashes. Who leads partition {partition} once the controller has acted?',
  'quiz.leaderAfterDeath.why':
    'If the crashed broker led the partition, the controller elects the first replica in assignment order that is alive and in the ISR; otherwise the leader stays. Answer: {answer}.',
  'quiz.indexLookup.q':
    'In {topic}-0 on broker {broker} (segment.bytes {segmentBytes}, index.interval.bytes {interval}), a consumer fetches offset {target}. In which segment file, and from which byte position, does Kafka start scanning the .log?',
  'quiz.indexLookup.why':
    'The segment is the one with the greatest base offset ≤ {target}; in its .index the greatest entry ≤ {target} gives the position (0 when there is none). Answer: {answer}. The Storage view’s Look up plays the same search.',
  'quiz.truncateOnReturn.q':
    'In {topic}, brokers 2 and 3 fell out of the ISR. Broker 1, the leader and the only in-sync replica, crashed at {killAt} s, and an unclean election made broker {leader} the leader. When broker 1 restarts at {back} s, how many records does it truncate from its log?',
  'quiz.truncateOnReturn.why':
    'Broker 1 cuts its log back to where the new leader’s epoch began — the new leader’s log end when it was elected. Everything after it is gone from every replica: {answer} records.',
  'quiz.rangeAssignment.q':
    'Group group-a has {members} members (group-a-1, group-a-2 …) and reads {topic}, which has {partitions} partitions, with the range assignor. Which member gets partition {partition}?',
  'quiz.rangeAssignment.why':
    'Range sorts the members by id and gives each ⌊{partitions}/{members}⌋ consecutive partitions, the first ({partitions} mod {members}) members one more. Answer: {answer}.',
  'quiz.choices': 'Your answer',
  'quiz.none': 'none',
  'quiz.correct': 'Correct.',
  'quiz.wrong': 'Not quite — the engine says {answer}.',
  'quiz.proof': 'Play the run that proves it',
  'quiz.another': 'Another question',
  'quiz.back': 'Back to the list',

  'learn.section.structure': 'The overall structure',
  'learn.section.partitions': 'Topic, partition, offset',
  'learn.section.groups': 'Consumer groups',
  'learn.section.segments': 'Log segments',
  'learn.section.fast': 'Why Kafka is fast',
  'learn.section.replication': 'Replication',
  'learn.section.controller': 'ZooKeeper vs KRaft',
};
