import type { DatasetRef, UserDatasetRef } from '../types';
import { DATASET_NAMES } from '../types';

/** Hex digits of the SHA-256 content hash kept in a reference: 48 bits tell files apart. */
export const HASH_CHARS = 12;

/** A user dataset's name: letters (any script), digits, `_`, `-` and `.`, up to 40. */
const NAME = /^[\p{L}\p{N}_.-]{1,40}$/u;
const REF = new RegExp(`^user:(.{1,40})@([0-9a-f]{${HASH_CHARS}})$`, 'u');

export const isUserDataset = (ref: string): ref is UserDatasetRef => ref.startsWith('user:');

export function userDatasetRef(name: string, hash: string): UserDatasetRef {
  return `user:${name}@${hash.slice(0, HASH_CHARS)}`;
}

/** The name and hash of a user reference, or null when it is not one. */
export function parseUserRef(ref: string): { name: string; hash: string } | null {
  const m = REF.exec(ref);
  return m && NAME.test(m[1]) ? { name: m[1], hash: m[2] } : null;
}

/** Why a name cannot name a dataset, or null when it can. */
export function datasetNameError(name: string): string | null {
  return NAME.test(name)
    ? null
    : 'a dataset name is 1–40 letters, digits, "_", "-" or "."';
}

/** The config's check of `dataset`: a built-in name or `user:<name>@<12 hex digits>`. */
export function datasetRefError(value: string): string | null {
  if ((DATASET_NAMES as readonly string[]).includes(value) || parseUserRef(value)) return null;
  return `expected one of ${DATASET_NAMES.join(', ')}, or user:<name>@<${HASH_CHARS} hex digits> for an imported dataset`;
}

export const isDatasetRef = (value: string): value is DatasetRef => datasetRefError(value) === null;
