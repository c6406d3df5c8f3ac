import { useId, type ReactNode } from 'react';

export interface SegmentOption<Value extends string> {
  value: Value;
  label: string;
  icon?: ReactNode;
}

interface SegmentedControlProps<Value extends string> {
  legend: string;
  value: Value;
  options: readonly SegmentOption<Value>[];
  onChange(value: Value): void;
  testId: string;
}

/**
 * A set of mutually exclusive choices drawn as one control. Native radio buttons underneath give
 * Tab into the group and arrow keys between choices, exactly as the platform does.
 */
export function SegmentedControl<Value extends string>(props: SegmentedControlProps<Value>) {
  const name = useId();
  return (
    <fieldset className="segmented" data-testid={props.testId}>
      <legend className="segmented-legend">{props.legend}</legend>
      <div className="segmented-options">
        {props.options.map((option) => (
          <label key={option.value} className="segmented-option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={props.value === option.value}
              onChange={() => props.onChange(option.value)}
            />
            <span className="segmented-face">
              {option.icon}
              <span>{option.label}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
