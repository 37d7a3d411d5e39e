import type { Site } from './session-body';
// Drawn as a choice (components/choice-group.tsx), with checkboxes instead of radio buttons.
import '../../components/choice-group.css';

// Where a side effect showed: one checkbox per side of the session ("BL23 Shenshu, left side"),
// none ticked by default, since most sessions leave no mark.

export interface SitesFieldProps {
  id: string;
  legend: string;
  hint?: string;
  sites: readonly Site[];
  value: readonly string[];
  onChange: (value: string[]) => void;
}

export function SitesField({ id, legend, hint, sites, value, onChange }: SitesFieldProps) {
  const toggle = (key: string, on: boolean) =>
    onChange(on ? [...value, key] : value.filter((k) => k !== key));
  return (
    <fieldset id={id} className="choice" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="choice__legend">{legend}</legend>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <div className="choice__options choice__options--inline practice-sites">
        {sites.map((site) => (
          <label key={site.key} className="choice__option">
            <input
              type="checkbox"
              name={id}
              value={site.key}
              checked={value.includes(site.key)}
              onChange={(event) => toggle(site.key, event.target.checked)}
            />
            <span className="choice__label">{site.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
