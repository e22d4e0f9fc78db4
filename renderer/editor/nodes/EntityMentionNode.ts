import type { EditorConfig, LexicalNode, NodeKey, SerializedTextNode, Spread } from 'lexical';
import { $applyNodeReplacement, TextNode } from 'lexical';

export type SerializedEntityMentionNode = Spread<{ entityId: string }, SerializedTextNode>;

/**
 * An actor or treaty named inline, linked to its entity. A token: the caret
 * cannot enter it and Backspace removes the whole name, so the link and the
 * text never disagree.
 */
export class EntityMentionNode extends TextNode {
  __entityId: string;

  static override getType(): string {
    return 'entity-mention';
  }

  static override clone(node: EntityMentionNode): EntityMentionNode {
    return new EntityMentionNode(node.__entityId, node.__text, node.__key);
  }

  static override importJSON(json: SerializedEntityMentionNode): EntityMentionNode {
    return $createEntityMentionNode(String(json.entityId ?? ''), String(json.text ?? '')).updateFromJSON(json);
  }

  constructor(entityId = '', name = '', key?: NodeKey) {
    super(name, key);
    this.__entityId = entityId;
  }

  override exportJSON(): SerializedEntityMentionNode {
    return { ...super.exportJSON(), type: EntityMentionNode.getType(), entityId: this.getEntityId() };
  }

  getEntityId(): string {
    return this.getLatest().__entityId;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = super.createDOM(config);
    element.classList.add('note-mention');
    element.setAttribute('data-entity-id', this.__entityId);
    return element;
  }

  override isTextEntity(): true {
    return true;
  }

  override canInsertTextBefore(): false {
    return false;
  }

  override canInsertTextAfter(): false {
    return false;
  }
}

export function $createEntityMentionNode(entityId: string, name: string): EntityMentionNode {
  const node = new EntityMentionNode(entityId, name);
  node.setMode('token').toggleDirectionless();
  return $applyNodeReplacement(node);
}

export function $isEntityMentionNode(node: LexicalNode | null | undefined): node is EntityMentionNode {
  return node instanceof EntityMentionNode;
}
