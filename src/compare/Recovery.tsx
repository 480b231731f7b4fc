/**
 * Recovery: stored teardowns that could not be read (set aside, never dropped: export the raw value or
 * delete it) and the last dated backups (restore merges a backup's teardowns back into the list).
 */
import { useEffect, useState } from 'preact/hooks';
import type { BackupInfo, SetAside } from '../storage/store.ts';
import { plural } from '../core/vocabulary.ts';
import { send } from '../shared/messages.ts';
import { download } from '../ui/download.ts';

export interface RecoveryProps {
  setAside: SetAside[];
  backups: BackupInfo[];
  readOnly: string | null;
  onChanged(): Promise<unknown>;
}

const when = (iso: string) => iso.replace('T', ' ').slice(0, 16);

export function Recovery({ setAside, backups, readOnly, onChanged }: RecoveryProps) {
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  // Opens by itself when something needs attention; stays as the user left it otherwise (deleting the
  // last set-aside item does not fold it away under the pointer).
  const [open, setOpen] = useState(false);
  const attention = setAside.length > 0 || Boolean(readOnly);
  useEffect(() => { if (attention) setOpen(true); }, [attention]);
  if (setAside.length === 0 && backups.length === 0 && !readOnly) return null;

  async function run(what: () => Promise<string>) {
    try { setStatus({ text: await what(), error: false }); } catch (e) { setStatus({ text: (e as Error).message, error: true }); }
    await onChanged();
  }
  const exportRaw = (s: SetAside) => {
    const name = `value-metric-lens-unreadable-${s.id.replace(/[^\w.-]+/g, '-')}.json`;
    download(name, 'application/json', JSON.stringify({ key: s.key, reason: s.reason, raw: s.raw }, null, 2));
    setStatus({ text: `Wrote ${name}.`, error: false });
  };

  return (
    <details class="card recovery" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)} data-testid="recovery">
      <summary>Recovery <span class="muted small">{[setAside.length && plural(setAside.length, 'unreadable teardown', 'unreadable teardowns'), plural(backups.length, 'backup', 'backups')].filter(Boolean).join(' · ')}</span></summary>
      {readOnly && <p class="notice" data-testid="read-only">{readOnly}</p>}
      {setAside.length > 0 && (
        <>
          <p class="small">These stored teardowns could not be read{readOnly ? '' : ', so they are set aside: the rest of your list is shown'}. They are kept as they are until you delete them.</p>
          <ul data-testid="set-aside">{setAside.map((s) => (
            <li data-testid="set-aside-item" data-id={s.id}>
              <bdi class="wrap">{s.id}</bdi> <span class="muted small">({s.newer ? 'saved by a newer version' : s.reason})</span>{' '}
              <button type="button" data-testid="set-aside-export" onClick={() => exportRaw(s)}>Export raw</button>{' '}
              {!s.newer && <button type="button" data-testid="set-aside-delete" onClick={() => run(async () => { await send({ type: 'deleteTeardown', id: s.id }); return `Deleted the unreadable teardown ${s.id}.`; })}>Delete</button>}
            </li>))}</ul>
        </>
      )}
      {backups.length > 0 && (
        <>
          <p class="small">Backups: the last 3, taken once a day before the first change, and before a move to a new storage format. They keep every teardown and note (not the page text it was read from). Restoring adds back what a backup holds; nothing in your list is overwritten.</p>
          <ul data-testid="backups">{backups.map((b) => (
            <li data-testid="backup" data-key={b.key}>
              {when(b.at)} UTC · {plural(b.count, 'teardown', 'teardowns')} <span class="muted small">({b.reason})</span>{' '}
              <button type="button" data-testid="backup-restore" disabled={Boolean(readOnly)} onClick={() => run(async () => {
                const r = await send({ type: 'restoreBackup', key: b.key });
                return `Restored ${plural(r.added ?? 0, 'teardown', 'teardowns')} from the backup of ${when(b.at)}; ${r.skipped ?? 0} already in your list${r.refused ? `, ${r.refused} unreadable` : ''}.`;
              })}>Restore</button>{' '}
              <button type="button" data-testid="backup-delete" disabled={Boolean(readOnly)} onClick={() => run(async () => { await send({ type: 'deleteBackup', key: b.key }); return `Deleted the backup of ${when(b.at)}.`; })}>Delete</button>
            </li>))}</ul>
        </>
      )}
      <p role="status" aria-live="polite" class={status ? (status.error ? 'error' : 'notice') : ''} data-testid="recovery-status">{status?.text ?? ''}</p>
    </details>
  );
}
