// How to pack, printed (issue 18, point 3): for one parcel, what to protect, which inner packaging,
// which marks to stick on and where — in English and Chinese (the packer often reads Chinese).
// Pure: from the parcel as entered and the packing and battery facts of the shipment's products
// (the shipment does not record which item is in which parcel, so every parcel gets every product).
import type { Battery } from '../../shared/compliance';
import type { PackHowTo, PackLine } from '../../shared/documents';
import { normalizePacking } from '../../shared/packing';
import type { MailClass, PackagingType, PackingNeed, ProductPacking } from '../../shared/packing';
import type { Parcel } from '../../shared/shipments';

type Pair = [string, string];

const PACKAGING: Record<PackagingType, Pair> = {
  poly_mailer: ['Poly mailer', '快递袋'],
  padded_envelope: ['Padded envelope', '气泡信封'],
  single_wall_box: ['Single-wall box', '单层瓦楞纸箱'],
  double_wall_box: ['Double-wall box', '双层瓦楞纸箱'],
  tube: ['Tube', '纸筒'],
  other: ['Other packaging', '其他包装'],
};
const MAIL: Record<MailClass, Pair> = {
  small_packet: ['letter-post small packet', '国际小包'],
  postal_parcel: ['postal parcel', '邮政包裹'],
  courier: ['courier', '快递'],
};
const NEEDS: Record<PackingNeed, Pair> = {
  bubble_wrap: ['bubble wrap', '气泡膜'],
  void_fill: ['void fill', '填充物'],
  rigid_box: ['rigid box', '硬质纸箱'],
  double_box: ['double box', '双层箱'],
  corner_protection: ['corner protectors', '护角'],
  leak_proof_bag: ['leak-proof bag', '防漏袋'],
  absorbent: ['absorbent pad', '吸水垫'],
  cold_pack: ['cold pack', '冰袋'],
  moisture_barrier: ['moisture barrier', '防潮袋'],
  blade_guard: ['blade guard', '刀刃护套'],
};

const line = (en: string, zh: string, done?: boolean): PackLine => (done === undefined ? { en, zh } : { en, zh, done });

export interface HowToProduct {
  sku: string;
  packing: Partial<ProductPacking> | null | undefined;
  battery: Pick<Battery, 'type' | 'configuration'>;
  /** The UN number the battery mark shows (from the batteries rules file), when it has a lithium battery. */
  unNumber?: string | null;
}

export function howToPack(parcel: Pick<Parcel, 'packagingType' | 'innerPackaging' | 'batteryProtected' | 'mailClass'>, products: readonly HowToProduct[]): PackHowTo | null {
  const protect: PackLine[] = [];
  const inner: PackLine[] = [];
  const marks: PackLine[] = [];
  const seen = new Set<string>();
  let fragile = false;
  let upright = false;
  let liquid = false;
  let perishable = false;
  const un = new Set<string>();
  for (const p of products) {
    if (seen.has(p.sku)) continue;
    seen.add(p.sku);
    const k = normalizePacking(p.packing);
    const sku = p.sku;
    if (k.fragile) {
      fragile = true;
      protect.push(line(`${sku} is fragile: wrap each piece in bubble wrap and fill every gap so nothing moves, at least 5 cm from each side of the box.`, `${sku} 易碎：每件用气泡膜包好，填满空隙使其不能晃动，离箱壁各面至少 5 厘米。`));
    }
    if (k.liquid) {
      liquid = true;
      protect.push(line(`${sku} holds ${k.liquidMl ?? '?'} ml of liquid: close it tightly and tape the cap; keep it upright.`, `${sku} 含 ${k.liquidMl ?? '?'} 毫升液体：拧紧并用胶带封住瓶盖，保持直立。`));
    }
    if (k.powder) protect.push(line(`${sku} is a powder: seal it in a plastic bag so nothing can sift out.`, `${sku} 是粉末：装入密封塑料袋，防止漏出。`));
    if (k.sharp) protect.push(line(`${sku} is sharp: cover points and edges (blade guard or folded cardboard) so they cannot pierce the packaging.`, `${sku} 有尖锐部分：用刀刃护套或折叠纸板包住尖端和刃口，防止刺破包装。`));
    if (k.perishable) {
      perishable = true;
      protect.push(line(`${sku} is perishable: pack it last and send it early in the week.`, `${sku} 易腐：最后打包，尽量在周初寄出。`));
    }
    if (k.temperatureSensitive) protect.push(line(`${sku} is temperature-sensitive: insulate it, with a cold pack if the weather needs one.`, `${sku} 怕热或怕冷：做好保温，必要时加冰袋。`));
    if (k.highValue) protect.push(line(`${sku} is of high value: plain outer packaging without brand names, sealed with tamper-evident tape.`, `${sku} 价值高：外包装不印品牌名称，用防拆封胶带封口。`));
    if (k.upright) upright = true;
    if (k.needs.length)
      protect.push(line(`${sku} needs: ${k.needs.map((n) => NEEDS[n][0]).join(', ')}.`, `${sku} 需要：${k.needs.map((n) => NEEDS[n][1]).join('、')}。`));
    if (k.note) protect.push(line(`${sku}: ${k.note}`, `${sku}：${k.note}`));
    const b = p.battery;
    if ((b.type === 'lithium_ion' || b.type === 'lithium_metal') && b.configuration === 'contained_in_equipment') {
      if (p.unNumber) un.add(p.unNumber);
      protect.push(
        line(
          `${sku} has a lithium battery inside: switch it off, lock or cover the switch, protect it against short circuit and wedge it so it cannot move, in a strong rigid box.`,
          `${sku} 内含锂电池：关机，锁住或遮盖开关，防止短路，固定好使其不能移动，装入坚固的硬质纸箱。`,
          !!parcel.batteryProtected,
        ),
      );
    }
  }
  if (liquid) {
    const i = parcel.innerPackaging;
    inner.push(line('1. A leak-proof primary receptacle (tightly closed, cap taped).', '1. 防漏的内容器（拧紧，瓶盖用胶带封住）。', !!i?.sealed));
    inner.push(line('2. Absorbent material around it, enough to take up all of the liquid.', '2. 四周放吸收材料，足以吸收全部液体。', !!i?.absorbent));
    inner.push(line('3. A secondary packaging: a sealed plastic bag or a second box.', '3. 第二层包装：密封塑料袋或第二个盒子。', !!i?.secondary));
  }
  if (un.size)
    marks.push(line(`Lithium battery mark (${[...un].join(', ')}, with a telephone number): on one side of the box, whole, not folded over an edge.`, `锂电池标记（${[...un].join('、')}，含电话号码）：贴在纸箱一个侧面，完整平贴，不要折过棱角。`));
  if (fragile) marks.push(line('FRAGILE label: on the top and on two opposite sides.', '易碎标签：贴在顶面和相对的两个侧面。'));
  if (upright || liquid) marks.push(line('“This way up” arrows: on two opposite sides, pointing to the top.', '向上箭头：贴在相对的两个侧面，箭头指向顶面。'));
  if (perishable) marks.push(line('PERISHABLE: on the top, next to the address label.', '易腐标记：贴在顶面，地址标签旁边。'));
  const type = parcel.packagingType ?? null;
  const cls = parcel.mailClass ?? null;
  const packaging =
    type || cls
      ? line(
          [type ? PACKAGING[type][0] : null, cls ? `sent as ${MAIL[cls][0]}` : null].filter(Boolean).join(' · '),
          [type ? PACKAGING[type][1] : null, cls ? `按${MAIL[cls][1]}寄送` : null].filter(Boolean).join(' · '),
        )
      : null;
  if (!packaging && protect.length === 0 && inner.length === 0 && marks.length === 0) return null;
  return { packaging, protect, inner, marks };
}
