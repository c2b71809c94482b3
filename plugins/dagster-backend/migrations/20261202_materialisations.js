// @ts-check

/**
 * Materialisations asked for from the portal: who asked, which assets, where
 * they were placed, what was dispatched, and what became of them.
 *
 * One request per person and idempotency key (a retried POST, a retried AWS
 * call and a second replica all find the same row), and a dispatch lease so
 * that only one replica dispatches it.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('dagster_materialisations', table => {
    table.comment('Materialisations requested from the portal');
    table.string('id', 36).primary().notNullable();
    table.string('idempotency_key', 128).notNullable();
    table.string('requested_by', 255).notNullable();
    table.string('entity_ref', 255).notNullable();
    table.text('asset_keys').notNullable().comment('JSON array of asset keys');
    table.text('placement').notNullable().comment('JSON PlacementDecision');
    table.string('target', 100).notNullable();
    table.decimal('estimated_cost_gbp', 12, 4).notNullable();
    table.text('dispatch_ids').nullable().comment('JSON array, once dispatched');
    table.string('state', 16).notNullable();
    table.string('outcome', 16).nullable();
    table.string('lease_owner', 255).nullable();
    table.bigInteger('lease_expires_at').nullable().comment('epoch ms');
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('started_at', { useTz: true }).nullable();
    table.timestamp('ended_at', { useTz: true }).nullable();
    table.unique(['requested_by', 'idempotency_key'], {
      indexName: 'dagster_materialisations_idempotency_key_uq',
    });
    table.index(
      ['entity_ref', 'created_at'],
      'dagster_materialisations_entity_idx',
    );
    table.index('state', 'dagster_materialisations_state_idx');
  });
  await knex.schema.createTable('dagster_materialisation_statuses', table => {
    table.comment('Status history of each materialisation, oldest first');
    table.increments('id').primary();
    table
      .string('request_id', 36)
      .notNullable()
      .references('id')
      .inTable('dagster_materialisations')
      .onDelete('CASCADE');
    table.string('state', 16).notNullable();
    table.string('detail', 2000).nullable();
    table.timestamp('at', { useTz: true }).notNullable();
    table.index(['request_id', 'id'], 'dagster_materialisation_statuses_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('dagster_materialisation_statuses');
  await knex.schema.dropTable('dagster_materialisations');
};
