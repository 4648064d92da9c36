'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';

/** A photographed document with zoom and rotation, for reading a handwritten statement. */
export function AttachmentViewer({ id, name, mimeType }: { id: string; name: string; mimeType: string }) {
  const t = useTranslations('review');
  const [zoom, setZoom] = useState(1);
  const [rotation, setRotation] = useState(0);
  const src = `/api/attachments/${id}`;
  if (mimeType === 'application/pdf') {
    return (
      <p>
        <a href={src} target="_blank" rel="noreferrer">{t('openFile')}: {name}</a>
      </p>
    );
  }
  return (
    <figure className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn-secondary" onClick={() => setZoom((z) => Math.min(4, z * 1.5))}>{t('zoomIn')}</button>
        <button type="button" className="btn-secondary" onClick={() => setZoom((z) => Math.max(0.5, z / 1.5))}>{t('zoomOut')}</button>
        <button type="button" className="btn-secondary" onClick={() => setRotation((r) => (r + 90) % 360)}>{t('rotate')}</button>
        <a className="btn-secondary" href={src} target="_blank" rel="noreferrer">{t('openFile')}</a>
      </div>
      {/* Focusable so keyboard users can scroll a zoomed page (WCAG 2.1.1). */}
      <div tabIndex={0} role="region" aria-label={name} className="max-h-[70vh] overflow-auto rounded-md border-2 border-neutral-300 bg-neutral-100">
        {/* eslint-disable-next-line @next/next/no-img-element -- a private, access-checked file, not a static asset */}
        <img src={src} alt={name} style={{ transform: `rotate(${rotation}deg) scale(${zoom})`, transformOrigin: 'top left' }} className="max-w-full transition-transform" />
      </div>
      <figcaption className="text-sm text-ink-muted">{name}</figcaption>
    </figure>
  );
}
