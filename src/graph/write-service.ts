import { randomUUID } from 'node:crypto';
import type { Executor, RoundTripCounter } from '../db/executor';
import { deleteArticlesQuery } from '../db/queries/delete';
import { mergeEntitiesQuery } from '../db/queries/merge';
import type { DeleteOutcome, EntityModel, MergeAuditModel } from './models';

/** Deleting articles and merging entities: each one statement in one transaction. */
export class WriteService {
  constructor(
    private readonly executor: Executor,
    private readonly counter?: RoundTripCounter,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Null when no such article. */
  async deleteArticle(id: string): Promise<DeleteOutcome | null> {
    const [row] = await this.executor.write(deleteArticlesQuery([id]), this.counter);
    const outcome = row as unknown as DeleteOutcome | undefined;
    return outcome && outcome.articlesRemoved > 0 ? outcome : null;
  }

  /** Null when either entity does not exist. */
  async mergeEntities(keepId: string, mergeId: string, actor: string, reason: string | null): Promise<{ entity: EntityModel; audit: MergeAuditModel } | null> {
    const [row] = await this.executor.write(
      mergeEntitiesQuery({ keepId, mergeId, actor, reason, auditId: `merge:${randomUUID()}`, at: this.now().toISOString() }),
      this.counter,
    );
    return row ? (row as unknown as { entity: EntityModel; audit: MergeAuditModel }) : null;
  }
}
