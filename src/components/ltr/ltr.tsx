import type { ComponentChildren } from 'preact';

/**
 * A number, time, postcode or code, kept left-to-right inside any script: in Arabic "0808 2000 247"
 * would otherwise be drawn "247 2000 0808", and a person copying it by hand would dial a wrong one.
 */
export function Ltr({ children, whole = false }: { children: ComponentChildren; whole?: boolean }) {
  return (
    <bdi dir="ltr" class={whole ? 'whole' : undefined}>
      {children}
    </bdi>
  );
}
