import { createStore } from 'zustand/vanilla';
import { createClassroomSlice, type ClassroomSlice } from './classroomSlice';
import { createCompressSlice, type CompressSlice } from './compressSlice';
import { createConfigSlice, type ConfigSlice, type UrlState } from './configSlice';
import { createEngineInfoSlice, type EngineInfoSlice } from './engineInfoSlice';
import { createFaultsSlice, type FaultsSlice } from './faultsSlice';
import { createLessonRunSlice, type LessonRunSlice } from './lessonRunSlice';
import { createRunsSlice, type RunsSlice } from './runsSlice';
import { createSpeedSlice, type SpeedSlice } from './speedSlice';
import { createSweepSlice, type SweepSlice } from './sweepSlice';
import { createTrainingSlice, type TrainingSlice } from './trainingSlice';

export type LabState = ConfigSlice &
  TrainingSlice &
  SweepSlice &
  EngineInfoSlice &
  FaultsSlice &
  CompressSlice &
  RunsSlice &
  ClassroomSlice &
  SpeedSlice &
  LessonRunSlice;

/** A fresh store. The app makes one (labStore.ts); tests make one each, so none leaks state. */
export const createLabStore = (initial: UrlState) =>
  createStore<LabState>()((...a) => ({
    ...createConfigSlice(initial)(...a),
    ...createTrainingSlice(...a),
    ...createSweepSlice(...a),
    ...createEngineInfoSlice(...a),
    ...createFaultsSlice(...a),
    ...createClassroomSlice(...a),
    ...createCompressSlice(...a),
    ...createRunsSlice(...a),
    ...createSpeedSlice(...a),
    ...createLessonRunSlice(...a),
  }));

export type LabStore = ReturnType<typeof createLabStore>;
