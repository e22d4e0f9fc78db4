/**
 * What one autosave and one export of a long note cost: prints median times.
 * Run: npm run bench:notes
 */
import { createHeadlessEditor } from '@lexical/headless';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { extractLinks, noteText } from '../../../shared/notes/links';
import { noteToMarkdown } from '../../../shared/notes/markdown';
import { $createEntityMentionNode } from '../nodes/EntityMentionNode';
import { NOTE_NODES } from '../nodes/index';
import { $createQuoteNode } from '../nodes/QuoteNode';

const PARAGRAPHS = 2_000;
const QUOTE_EVERY = 10;
const RUNS = 15;

function newEditor() {
  return createHeadlessEditor({ namespace: 'bench', nodes: NOTE_NODES, onError: (error) => { throw error; } });
}

function buildLongNote(): string {
  const editor = newEditor();
  editor.update(
    () => {
      const root = $getRoot();
      for (let i = 0; i < PARAGRAPHS; i += 1) {
        if (i % 100 === 0) root.append($createHeadingNode('h2').append($createTextNode(`Section ${i / 100}`)));
        root.append(
          $createParagraphNode().append(
            $createTextNode(`Paragraph ${i}: the parties to `),
            $createEntityMentionNode(`entity-${i % 50}`, 'New START'),
            $createTextNode(' exchanged data on deployed warheads and launchers, as the treaty requires twice a year.'),
          ),
        );
        if (i % QUOTE_EVERY === 0) root.append($createQuoteNode(`quote-${i}`));
      }
    },
    { discrete: true },
  );
  return JSON.stringify(editor.getEditorState().toJSON());
}

function median(label: string, run: () => unknown): void {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(52)} ${times[Math.floor(RUNS / 2)]!.toFixed(2)} ms`);
}

const content = buildLongNote();
const quote = { text: 'A quoted sentence.', speakerName: 'Vladimir Putin', clipTitle: 'Title', siteName: 'Site', publishedAt: '2023-02-21', url: 'https://news.example/a' };
console.log(`Long note: ${PARAGRAPHS} paragraphs, ${PARAGRAPHS / QUOTE_EVERY} quotes, ${(content.length / 1024).toFixed(0)} KiB of JSON (median of ${RUNS})`);

const editor = newEditor();
median('load: parseEditorState + setEditorState', () => editor.setEditorState(editor.parseEditorState(content)));
median('autosave: toJSON + JSON.stringify', () => JSON.stringify(editor.getEditorState().toJSON()));
median('autosave: extractLinks (from the JSON string)', () => extractLinks(content));
median('autosave: noteText with quote texts', () => noteText(content, () => quote.text));
median('export: noteToMarkdown with footnotes', () => noteToMarkdown(content, { title: 'Bench', resolveQuote: () => quote }));
