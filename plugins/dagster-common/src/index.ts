/**
 * Types, permissions, annotations and pure rules shared by the Dagster plugin family.
 *
 * @packageDocumentation
 */
export * from './annotations';
export * from './permissions';
export * from './project';
export * from './personalData';
export * from './schema';
export * from './client';
export * from './entityNames';
export * from './printable';
export * from './placement';
