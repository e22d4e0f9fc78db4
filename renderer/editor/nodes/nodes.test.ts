// @vitest-environment jsdom
import { createHeadlessEditor } from '@lexical/headless';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { extractLinks, noteText } from '../../../shared/notes/links';
import type { EntityMentionNode } from './EntityMentionNode';
import { $createEntityMentionNode, $isEntityMentionNode } from './EntityMentionNode';
import { NOTE_NODES } from './index';
import type { QuoteNode } from './QuoteNode';
import { $createQuoteNode, $isQuoteNode } from './QuoteNode';

function newEditor() {
  return createHeadlessEditor({
    namespace: 'test',
    nodes: NOTE_NODES,
    onError: (error) => {
      throw error;
    },
  });
}

function buildNote() {
  const editor = newEditor();
  editor.update(
    () => {
      const heading = $createHeadingNode('h1').append($createTextNode('Arms control'));
      const paragraph = $createParagraphNode().append(
        $createTextNode('The treaty '),
        $createEntityMentionNode('ent-newstart', 'New START'),
        $createTextNode(' was suspended.'),
      );
      $getRoot().append(heading, paragraph, $createQuoteNode('q-putin'), $createParagraphNode());
    },
    { discrete: true },
  );
  return editor;
}

describe('note nodes', () => {
  it('serialize a QuoteNode as its quote id only', () => {
    const json = buildNote().getEditorState().toJSON();
    const quote = json.root.children[2];
    expect(quote).toEqual({ type: 'quire-quote', version: 1, quoteId: 'q-putin' });
  });

  it('serialize an EntityMentionNode with its entity id, name and token mode', () => {
    const json = buildNote().getEditorState().toJSON();
    const paragraph = json.root.children[1] as unknown as { children: Record<string, unknown>[] };
    expect(paragraph.children[1]).toMatchObject({ type: 'entity-mention', entityId: 'ent-newstart', text: 'New START', mode: 'token' });
  });

  it('round-trip through JSON to the same state and node classes', () => {
    const serialized = JSON.stringify(buildNote().getEditorState().toJSON());
    const second = newEditor();
    second.setEditorState(second.parseEditorState(serialized));
    expect(JSON.stringify(second.getEditorState().toJSON())).toBe(serialized);

    second.getEditorState().read(() => {
      const [, paragraph, quote] = $getRoot().getChildren();
      expect($isQuoteNode(quote)).toBe(true);
      expect((quote as QuoteNode).getQuoteId()).toBe('q-putin');
      const mention = (paragraph as unknown as { getChildren(): unknown[] }).getChildren()[1];
      expect($isEntityMentionNode(mention as EntityMentionNode)).toBe(true);
      expect((mention as EntityMentionNode).getEntityId()).toBe('ent-newstart');
      expect((mention as EntityMentionNode).isToken()).toBe(true);
    });
  });

  it('keep the mention a single unit when text is typed next to it', () => {
    const editor = buildNote();
    editor.update(
      () => {
        const paragraph = $getRoot().getChildAtIndex(1) as unknown as { getChildren(): EntityMentionNode[] };
        const mention = paragraph.getChildren()[1]!;
        mention.select(mention.getTextContentSize(), mention.getTextContentSize()).insertText('!');
      },
      { discrete: true },
    );
    editor.getEditorState().read(() => {
      const mentions = $getRoot().getAllTextNodes().filter($isEntityMentionNode);
      expect(mentions.map((node) => node.getTextContent())).toEqual(['New START']);
      expect($getRoot().getTextContent()).toContain('New START!');
    });
  });

  it('serialize to a state the shared link extraction and plain text read', () => {
    const state = JSON.stringify(buildNote().getEditorState().toJSON());
    expect(extractLinks(state)).toEqual({ quoteIds: ['q-putin'], entityIds: ['ent-newstart'] });
    expect(noteText(state, (id) => (id === 'q-putin' ? 'Quoted words.' : null))).toBe(
      'Arms control\nThe treaty New START was suspended.\nQuoted words.',
    );
  });
});
