import { createStore } from 'zustand/vanilla';
import { createConfigSlice, type ConfigSlice, type UrlState } from './configSlice';
import { createEngineInfoSlice, type EngineInfoSlice } from './engineInfoSlice';
import { createTrainingSlice, type TrainingSlice } from './trainingSlice';

export type LabState = ConfigSlice & TrainingSlice & EngineInfoSlice;

/** A fresh store. The app makes one (labStore.ts); tests make one each, so none leaks state. */
export const createLabStore = (initial: UrlState) =>
  createStore<LabState>()((...a) => ({
    ...createConfigSlice(initial)(...a),
    ...createTrainingSlice(...a),
    ...createEngineInfoSlice(...a),
  }));

export type LabStore = ReturnType<typeof createLabStore>;
