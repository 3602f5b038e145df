// Demo consultations: one answered by China Post (it became a seller rule the preflight cites) and
// one still waiting for a reply. Dated relative to the core's today, through the core's own paths.
import { consultationCreateInput, consultationUpdateInput } from '../../shared/consultations';
import { addDays } from '../../shared/dates';
import type { CoreContext } from '../context';
import { createConsultation, updateConsultation } from './consultations';

const productId = (ctx: CoreContext, sku: string) => (ctx.db.prepare('SELECT id FROM products WHERE sku = ?').get(sku) as { id: number } | undefined)?.id;

export function loadDemoConsultations(ctx: CoreContext): number {
  const today = ctx.today();
  let n = 0;
  const headphones = productId(ctx, 'EL-HP-BT01');
  if (headphones !== undefined) {
    const asked = createConsultation(ctx, consultationCreateInput.parse({
      productId: headphones, destination: 'GB', carrier: 'China Post', operatorCode: 'CN-POST', requestDate: addDays(today, -33),
      notes: 'Asked by e-mail before the first UK order of the headphones.',
    }));
    updateConsultation(ctx, consultationUpdateInput.parse({
      id: asked.id,
      answer: {
        by: 'China Post Shenzhen international business desk', date: addDays(today, -29), channel: 'email', outcome: 'allow',
        text: 'Dear customer,\nThe Bluetooth headphones with a built-in lithium-ion battery (1.85 Wh) are accepted in international parcels to the United Kingdom, with the lithium battery mark on the parcel and the battery statement enclosed. The battery must stay installed in the headphones.\nThis answer is valid for six months.',
        summary: 'accepted with the battery mark', validUntil: addDays(today, 150),
      },
    }));
    n++;
  }
  const holder = productId(ctx, 'AC-PH-MAG');
  if (holder !== undefined) {
    createConsultation(ctx, consultationCreateInput.parse({
      productId: holder, destination: 'DE', carrier: 'China Post', operatorCode: 'CN-POST', requestDate: addDays(today, -6),
      notes: 'N52 magnets: asked whether the holder needs a magnetic field test.',
    }));
    n++;
  }
  return n;
}
