export * from './reference';
export * from './population';
export * from './civil-status';
export * from './auth';
export * from './applications';
export * from './documents';
export * from './attachments';
export * from './consents';
