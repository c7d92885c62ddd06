import type { FakeMessage } from '../fakeDiscord.ts';
import { type MarkupOptions, renderMarkup } from './markup.ts';

/** A message as text: its content, embeds, files and components, markup rendered. */

interface Embed {
  title?: string;
  description?: string;
  fields?: Array<{ name: string; value: string }>;
  footer?: { text?: string };
  image?: { url?: string };
  thumbnail?: { url?: string };
}

interface Component {
  type: number;
  label?: string;
  content?: string;
  disabled?: boolean;
  emoji?: { name?: string };
  placeholder?: string;
  options?: Array<{ label: string; value: string; default?: boolean }>;
  components?: Component[];
  component?: Component;
  accessory?: Component;
}

export function describeMessage(m: FakeMessage, o: MarkupOptions): string {
  const md = (text: string) => renderMarkup(text, o);
  const lines: string[] = [];
  if ((m.flags & 128) !== 0 && !m.content) lines.push('⏳ clipcast is thinking…');
  if (m.content) lines.push(md(m.author ? `<@${m.author.id}>: ${m.content}` : m.content));
  else if (m.author) lines.push(md(`<@${m.author.id}>:`));
  for (const e of m.embeds as Embed[]) {
    if (e.title) lines.push(`  ┌ ${md(e.title)}`);
    if (e.description)
      lines.push(
        ...md(e.description)
          .split('\n')
          .map((l) => `  │ ${l}`),
      );
    for (const f of e.fields ?? []) {
      const [first = '', ...more] = md(f.value).split('\n');
      lines.push(`  │ ${md(f.name)}: ${first}`, ...more.map((l) => `  │   ${l}`));
    }
    const image = e.image?.url ?? e.thumbnail?.url;
    if (image) lines.push(`  │ 🖼️ ${image}`);
    if (e.footer?.text) lines.push(`  └ ${md(e.footer.text)}`);
  }
  for (const a of m.attachments) {
    const kind = a.content_type?.startsWith('video/') ? ', ▶ plays inline in Discord' : '';
    lines.push(`  📎 ${a.filename} (${(a.size / 1024).toFixed(0)} KB${kind})`);
  }
  lines.push(...components(m.components as Component[], md));
  return lines.join('\n');
}

/** A message with its heading: where it is, whether it is new, who alone can see it. */
export function messageBlock(
  m: FakeMessage,
  o: MarkupOptions,
  at: { where: string; state: 'new' | 'edited' | 'deleted'; owner: string | undefined },
): string {
  const only = (m.flags & 64) !== 0 ? ` · only @${at.owner ?? 'the member'} sees this` : '';
  const text = m.deleted ? '🗑️ (deleted)' : describeMessage(m, o);
  return `── ${at.where} · msg ${m.id.slice(-6)} (${at.state})${only}\n${text}`;
}

function components(list: readonly Component[], md: (text: string) => string, depth = 0): string[] {
  const lines: string[] = [];
  const pad = '  '.repeat(depth + 1);
  for (const c of list) {
    if (c.type === 1) {
      const buttons = (c.components ?? []).filter((b) => b.type === 2);
      if (buttons.length) lines.push(`${pad}${buttons.map(buttonText).join(' ')}`);
      for (const s of (c.components ?? []).filter((b) => b.type !== 2))
        lines.push(...components([s], md, depth));
    } else if (c.type === 2) {
      lines.push(`${pad}${buttonText(c)}`);
    } else if ([3, 5, 6, 7, 8].includes(c.type)) {
      const options = (c.options ?? []).map((op) => `${op.label}${op.default ? ' ✓' : ''}`).join(' | ');
      lines.push(`${pad}▾ ${c.placeholder ?? 'choose'}${options ? `: ${options}` : ''}`);
    } else if (c.type === 10) {
      lines.push(
        ...md(c.content ?? '')
          .split('\n')
          .map((l) => `${pad}${l}`),
      );
    } else if (c.components || c.component || c.accessory) {
      // Containers, sections, labels: show what they hold.
      lines.push(
        ...components([...(c.components ?? []), c.component, c.accessory].filter(isComponent), md, depth),
      );
    }
  }
  return lines;
}

const isComponent = (c: Component | undefined): c is Component => c !== undefined;

function buttonText(b: Component): string {
  const label = [b.emoji?.name, b.label].filter(Boolean).join(' ');
  return b.disabled ? `[${label} (disabled)]` : `[${label}]`;
}

interface ModalField {
  type: number;
  custom_id: string;
  value?: string | null;
  required?: boolean | null;
  options?: Array<{ label: string; value: string; default?: boolean | null }>;
}
interface ModalNode {
  type: number;
  label?: string;
  content?: string;
  component?: ModalField;
  components?: ModalField[];
}

/** A form as the member sees it, with the field names `fill` and a button line take. */
export function describeModal(modal: { title: string; components: ModalNode[] }, o: MarkupOptions): string {
  const lines = [`🪟 form “${modal.title}”`];
  for (const node of modal.components) {
    if (node.type === 10) lines.push(`  ${renderMarkup(node.content ?? '', o)}`);
    const fields = node.component ? [node.component] : (node.components ?? []);
    for (const f of fields) {
      const label = node.label ?? (f as { label?: string }).label ?? f.custom_id;
      const required = (f.required ?? true) ? ', required' : '';
      if (f.type === 3) {
        const options = (f.options ?? []).map((op) => `${op.value}${op.default ? ' ✓' : ''}`).join(' | ');
        lines.push(`  ${f.custom_id}: ${label} — choose ${options}${required}`);
      } else {
        const value = f.value ? ` (now “${f.value}”)` : '';
        lines.push(`  ${f.custom_id}: ${label}${value}${required}`);
      }
    }
  }
  return lines.join('\n');
}
