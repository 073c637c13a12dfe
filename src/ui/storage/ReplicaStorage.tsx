// One replica's storage: the directory listing, the chosen segment drawn along its bytes, the
// lookups, the hex inspector and the topic's log settings. Remounted when the replica changes,
// so a selection never points into another replica's log.
import { useReducedMotion } from 'framer-motion';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { LogDirSegment } from '../../engine';
import { useSelection } from '../../store/selection';
import { useSimStore } from '../../store/simStore';
import { useT } from '../common/useT';
import { DiskEvents } from './DiskEvents';
import { FileListing } from './FileListing';
import { HexInspector } from './HexInspector';
import { LookupPanel } from './LookupPanel';
import type { LookupRun } from './lookupSteps';
import { SegmentHeader } from './SegmentHeader';
import { SegmentMap, type MapHighlights } from './SegmentMap';
import { StorageSettings } from './StorageSettings';
import { useLogDir, type ReplicaRef } from './useLogDir';

/** How long each step of a lookup stays on screen before the next, wall-clock ms. */
export const STEP_MS = 700;

export interface RunState {
  id: number;
  run: LookupRun;
  step: number;
}

interface Props {
  replica: ReplicaRef;
  leader: boolean;
}

export function ReplicaStorage({ replica, leader }: Props) {
  const t = useT();
  const dir = useLogDir(replica);
  const segmentBytes = useSimStore((s) => s.queries.topicConfig(replica.topic)?.segmentBytes);
  const reducedMotion = useReducedMotion() ?? false;
  const [segmentChoice, setSegmentChoice] = useState<{ base: number; deleted: boolean } | null>(
    null,
  );
  const [batchChoice, setBatchChoice] = useState<number | null>(null);
  const [runState, setRunState] = useState<RunState | null>(null);

  // The segment shown: the one chosen while it exists, else the active one.
  const segment: LogDirSegment | undefined = useMemo(() => {
    if (!dir) return undefined;
    const chosen =
      segmentChoice &&
      (dir.segments.find(
        (s) => s.baseOffset === segmentChoice.base && s.deleted === segmentChoice.deleted,
      ) ??
        dir.segments.find((s) => s.baseOffset === segmentChoice.base));
    return chosen ?? dir.segments.find((s) => s.active) ?? dir.segments[0];
  }, [dir, segmentChoice]);

  const selectSegment = useCallback((base: number, deleted: boolean) => {
    setSegmentChoice({ base, deleted });
    setBatchChoice(null);
  }, []);

  // A walkthrough step that points at a segment opens it (store/selection.ts, `segment`).
  const pointedSegment = useSelection((s) => s.selection?.segment);
  useEffect(() => {
    if (pointedSegment !== undefined) selectSegment(pointedSegment, false);
  }, [pointedSegment, selectSegment]);

  // Lookup playback: one step every STEP_MS; all at once for reduced motion.
  const lastStep = runState ? runState.run.steps.length - 1 : -1;
  useEffect(() => {
    if (!runState || runState.step >= lastStep) return;
    if (reducedMotion) {
      setRunState({ ...runState, step: lastStep });
      return;
    }
    const timer = window.setTimeout(
      () => setRunState((r) => (r && r.id === runState.id ? { ...r, step: r.step + 1 } : r)),
      STEP_MS,
    );
    return () => window.clearTimeout(timer);
  }, [runState, lastStep, reducedMotion]);

  // Follow the lookup into the segment it reads, and open the batch it found.
  const currentStep = runState?.run.steps[runState.step];
  const stepSegment = currentStep?.segment ?? null;
  const foundPosition = currentStep?.final && currentStep.found ? currentStep.batchPosition : null;
  useEffect(() => {
    if (stepSegment !== null) setSegmentChoice({ base: stepSegment, deleted: false });
  }, [stepSegment, runState?.id]);
  useEffect(() => {
    if (foundPosition !== null && foundPosition !== undefined) setBatchChoice(foundPosition);
  }, [foundPosition, runState?.id]);

  const startRun = useCallback((run: LookupRun) => {
    setRunState((r) => ({ id: (r?.id ?? 0) + 1, run, step: 0 }));
  }, []);

  const highlights = useMemo(
    () => (segment && runState ? highlightsFor(runState, segment.baseOffset) : null),
    [runState, segment],
  );

  if (!dir || !segment) {
    return <p className="muted">{t('storage.noLog')}</p>;
  }
  const batch =
    segment.batches.find((b) => b.position === batchChoice) ?? segment.batches[0] ?? null;

  return (
    <div className="st-grid">
      <div className="st-col st-col-files">
        <FileListing
          dir={dir}
          selected={segment}
          segmentBytes={segmentBytes ?? 0}
          onSelect={selectSegment}
        />
        <DiskEvents replica={replica} />
        <StorageSettings topic={replica.topic} />
      </div>
      <div className="st-col st-col-main">
        <section className="card st-card" aria-labelledby="st-segment-title">
          <SegmentHeader dir={dir} segment={segment} replica={replica} leader={leader} />
          <SegmentMap
            segment={segment}
            segmentBytes={segmentBytes ?? 0}
            highlights={highlights}
            selectedBatch={batch?.position ?? null}
            onSelectBatch={setBatchChoice}
          />
        </section>
        <LookupPanel
          replica={replica}
          dir={dir}
          runState={runState}
          onRun={startRun}
          onStep={(step) => runState && setRunState({ ...runState, step })}
        />
        <HexInspector
          replica={replica}
          segment={segment}
          batch={batch}
          onSelectBatch={setBatchChoice}
        />
      </div>
    </div>
  );
}

/** What the segment drawing marks for the lookup's steps so far inside `segmentBase`. */
function highlightsFor(state: RunState, segmentBase: number): MapHighlights {
  const h: MapHighlights = { probes: [], entry: null, startPosition: null, scanned: [] };
  state.run.steps.slice(0, state.step + 1).forEach((s, i) => {
    if (s.segment !== segmentBase) return;
    const current = i === state.step;
    if (s.probe) h.probes.push({ ...s.probe, current });
    if (s.entry) h.entry = s.entry;
    if (s.startPosition !== undefined) h.startPosition = s.startPosition;
    if (s.batchPosition !== undefined && !s.final)
      h.scanned.push({ position: s.batchPosition, found: s.found ?? false, current });
    if (s.final && s.found && s.batchPosition !== undefined)
      h.scanned.push({ position: s.batchPosition, found: true, current: true });
  });
  return h;
}
