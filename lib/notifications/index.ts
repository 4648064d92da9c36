export { enqueueNotification, notifyApplicant, type NotificationInput } from './enqueue';
export { createDemoMessageGateway, NOTIFICATION_TOPICS, outgoingMessage, type MessageGateway, type OutgoingMessage } from './gateway';
export { renderTemplate, type RenderedMessage, type SupplementItem, type TemplateId, type TemplateParams } from './templates';
export { formatDeadlineEn, formatDeadlineVi } from './format';
export { sentNotifications } from './sent';
