'use client';

import dynamic from 'next/dynamic';

/*
 * The client parts of a form page, each in a chunk of its own. Turbopack puts every client
 * component a page imports into one group that loads on every page of the route; through these, a
 * page of fields loads the form (react-hook-form) and not the attachments page's drop zone
 * (react-dropzone), and the other way round. They still render on the server, and the browser
 * fetches the chunk of the part the page shows alongside the page's own.
 */

export const StepForm = dynamic(() => import('@/components/form/step-form').then((m) => m.StepForm));
export const FileDropzone = dynamic(() => import('@/components/form/file-dropzone').then((m) => m.FileDropzone));
export const DocumentsContinue = dynamic(() => import('./documents-continue').then((m) => m.DocumentsContinue));
