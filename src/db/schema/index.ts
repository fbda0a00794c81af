export * from './org.ts';
export * from './identity.ts';
export * from './audit.ts';
export * from './meta.ts';
export * from './catalog.ts';
export * from './reference.ts';
