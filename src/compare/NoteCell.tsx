/** A note behind a button; saved as you type, with a "saved" mark. */
import { useState } from 'preact/hooks';
import { noteChanged } from './notes.ts';

export function NoteCell({ id, competitor, note }: { id: string; competitor: string; note: string }) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(note);
  const [mark, setMark] = useState('');
  const areaId = `note-${id}`;
  return (
    <div>
      <button type="button" class="link" aria-expanded={open} aria-controls={areaId} data-testid="note-toggle" onClick={() => setOpen(!open)}>
        {open ? 'Close note' : value ? 'Edit note' : 'Add note'}
      </button>
      {!open && value && <div class="small muted wrap" dir="auto" data-testid="note-preview">{value.length > 60 ? `${value.slice(0, 60)}…` : value}</div>}
      {open && (
        <div>
          <textarea id={areaId} class="note" rows={3} data-testid="note-input" aria-label={`Note on ${competitor}`} value={value}
            onInput={(e) => {
              const v = (e.target as HTMLTextAreaElement).value;
              setValue(v); setMark('saving…');
              noteChanged(id, v, (ok, err) => setMark(ok ? 'saved' : `not saved: ${err}`));
            }} />
          <span class="saved-mark" role="status" aria-live="polite" data-testid="note-saved">{mark}</span>
        </div>
      )}
    </div>
  );
}
