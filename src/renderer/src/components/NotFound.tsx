// What a record screen shows when its record does not exist (deleted, or a stale link): why, and the
// way back to its list.
import { BackLink } from './BackLink';

export function NotFound({ text, back, backLabel }: { text: string; back: string; backLabel: string }) {
  return (
    <section className="screen">
      <div className="banner error" role="alert">
        {text}
      </div>
      <div>
        <BackLink to={back} label={backLabel} />
      </div>
    </section>
  );
}
