'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { useDropzone } from 'react-dropzone';
import { dropQueuedUpload, queuedUploads, queueUpload } from '@/lib/offline/device-drafts';
import { shrinkImage, uploadWithProgress } from './shrink-image';
import { useOnline } from './use-device-draft';

export type UploadedFile = { id: string; originalName: string; size: number };
type Item =
  | { key: string; state: 'uploading'; name: string; progress: number; file: File }
  | { key: string; state: 'failed'; name: string; message: string; file: File }
  /** Chosen offline: kept on the device (IndexedDB) and sent when the connection returns. */
  | { key: string; state: 'queued'; name: string; file: File }
  | { key: string; state: 'done'; name: string; id: string; size: number };

/** `queue`: where a file chosen offline is kept on the device until it can be sent. */
type Props = { uploadUrl: string; label: string; inputId: string; initial: UploadedFile[]; error?: string; onChange?: (ids: string[]) => void; queue?: { applicationId: string; kind: string } };

/**
 * Pick, drop or photograph a document. Each file is shrunk, uploaded at once with a progress bar,
 * and can be retried, removed or replaced; a refusal says why and keeps the other files. Without
 * a connection the file is kept on the device and sent when the connection returns, even after
 * the page was closed.
 */
export function FileDropzone({ uploadUrl, label, inputId, initial, error, onChange, queue }: Props) {
  const t = useTranslations('upload');
  const [items, setItems] = useState<Item[]>(initial.map((f) => ({ key: f.id, state: 'done', name: f.originalName, id: f.id, size: f.size })));
  const cameraRef = useRef<HTMLInputElement>(null);
  const online = useOnline();
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const [restored, setRestored] = useState(!queue);

  // Files chosen offline on an earlier visit come back, waiting.
  useEffect(() => {
    if (!queue) return;
    let cancelled = false;
    void queuedUploads(queue.applicationId, queue.kind).then((kept) => {
      if (cancelled) return;
      setItems((prev) => [...prev, ...kept.filter((q) => !prev.some((i) => i.key === q.key)).map((q): Item => ({ key: q.key, state: 'queued', name: q.name, file: new File([q.blob], q.name, { type: q.type }) }))]);
      setRestored(true);
    });
    return () => {
      cancelled = true;
    };
  }, [queue?.applicationId, queue?.kind]); // eslint-disable-line react-hooks/exhaustive-deps

  // Back online: what waited goes, without asking again.
  useEffect(() => {
    if (!online || !restored) return;
    for (const item of itemsRef.current) if (item.state === 'queued') void send(item.key, item.file);
  }, [online, restored]); // eslint-disable-line react-hooks/exhaustive-deps

  const publish = (next: Item[]) => onChange?.(next.flatMap((i) => (i.state === 'done' ? [i.id] : [])));
  const update = (key: string, item: Item | null) =>
    setItems((prev) => {
      const next = item ? prev.map((i) => (i.key === key ? item : i)) : prev.filter((i) => i.key !== key);
      publish(next);
      return next;
    });

  /** No connection: keep the (shrunk) file on the device, to send when it returns. */
  async function keep(key: string, file: File) {
    if (queue) await queueUpload({ ...queue, key, name: file.name, type: file.type, blob: file, queuedAt: Date.now() });
    update(key, { key, state: 'queued', name: file.name, file });
  }

  async function send(key: string, original: File) {
    update(key, { key, state: 'uploading', name: original.name, progress: 0, file: original });
    let file = original;
    try {
      file = await shrinkImage(original);
      if (queue && !navigator.onLine) return void (await keep(key, file));
      const res = await uploadWithProgress(uploadUrl, file, (p) => update(key, { key, state: 'uploading', name: original.name, progress: p, file: original }));
      const body = res.body as { id?: string; size?: number; message?: string } | null;
      if (queue) await dropQueuedUpload({ ...queue, key });
      if (res.status === 201 && body?.id) update(key, { key, state: 'done', name: original.name, id: body.id, size: body.size ?? file.size });
      else update(key, { key, state: 'failed', name: original.name, message: body?.message ?? t('failed'), file: original });
    } catch {
      // The connection dropped during the upload: the file waits for it, as if chosen offline.
      if (queue && !navigator.onLine) return void (await keep(key, file));
      update(key, { key, state: 'failed', name: original.name, message: t('network'), file: original });
    }
  }

  function add(files: File[]) {
    for (const file of files) {
      const key = `${Date.now()}-${Math.random()}`;
      setItems((prev) => [...prev, { key, state: 'uploading', name: file.name, progress: 0, file }]);
      void send(key, file);
    }
  }

  async function remove(item: Item) {
    if (item.state === 'queued' && queue) await dropQueuedUpload({ ...queue, key: item.key });
    if (item.state === 'done') {
      const res = await fetch(`/api/attachments/${item.id}`, { method: 'DELETE' });
      if (!res.ok && res.status !== 404) return;
    }
    update(item.key, null);
  }

  // No `accept` filter: a wrongly typed file must reach the server and come back with the reason.
  const { getRootProps, getInputProps, isDragActive, open } = useDropzone({ onDrop: add, noClick: true, noKeyboard: true });

  return (
    <div className="space-y-3">
      <div {...getRootProps({ className: `rounded-md border-2 border-dashed p-4 ${isDragActive ? 'border-brand bg-brand-light' : 'border-neutral-500'} ${error ? 'border-s-8 border-s-brand' : ''}` })}>
        <input {...getInputProps({ id: inputId, 'aria-label': label })} />
        <p className="mb-3 text-ink-muted">{t('dropHere')}</p>
        <div className="flex flex-wrap gap-3">
          <button type="button" className="btn-secondary" onClick={open}>{t('choose')}</button>
          <button type="button" className="btn-secondary" onClick={() => cameraRef.current?.click()}>{t('takePhoto')}</button>
          <input ref={cameraRef} type="file" accept="image/*" capture="environment" className="sr-only" tabIndex={-1} aria-hidden="true" onChange={(e) => add(Array.from(e.target.files ?? []))} />
        </div>
      </div>
      <ul className="space-y-2" aria-live="polite">
        {items.map((item) => (
          <li key={item.key} className="rounded-md border-2 border-neutral-300 p-3">
            <p className="break-all font-semibold">{item.name}</p>
            {item.state === 'uploading' && (
              <>
                <progress className="w-full" max={1} value={item.progress} aria-label={t('uploading', { name: item.name })} />
                <p className="text-sm">{t('uploading', { name: item.name })} {Math.round(item.progress * 100)}%</p>
              </>
            )}
            {item.state === 'queued' && (
              <div className="flex flex-wrap items-center gap-3">
                <span className="font-semibold text-brand-dark">{t('queued')}</span>
                <button type="button" className="underline" onClick={() => void remove(item)}>{t('remove')}<span className="sr-only"> {item.name}</span></button>
              </div>
            )}
            {item.state === 'failed' && (
              <>
                <p className="field-error">{item.message}</p>
                <div className="flex gap-3">
                  <button type="button" className="underline" onClick={() => void send(item.key, item.file)}>{t('retry')}</button>
                  <button type="button" className="underline" onClick={() => void remove(item)}>{t('remove')}</button>
                </div>
              </>
            )}
            {item.state === 'done' && (
              <div className="flex flex-wrap items-center gap-3">
                <span className="text-green-800">✓ {t('uploaded', { size: Math.max(1, Math.round(item.size / 1024)) })}</span>
                <a href={`/api/attachments/${item.id}`} target="_blank" rel="noreferrer">{t('view')}</a>
                <button type="button" className="underline" onClick={() => void remove(item)}>{t('remove')}<span className="sr-only"> {item.name}</span></button>
                <button type="button" className="underline" onClick={() => void remove(item).then(open)}>{t('replace')}<span className="sr-only"> {item.name}</span></button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
