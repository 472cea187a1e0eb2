-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "changeXid" xid8;

-- CreateTable
CREATE TABLE "SearchIndexState" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "token" UUID NOT NULL DEFAULT gen_random_uuid(),

    CONSTRAINT "SearchIndexState_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Activity_changeXid_idx" ON "Activity"("changeXid");

-- ---------------------------------------------------------------------------
-- Hand-written: change tracking for the in-process search index
-- ---------------------------------------------------------------------------

-- Every insert, and every update that changes what search reads, records the writing
-- transaction. The search index of each app instance (src/server/search/index-store.ts) reads
-- the rows whose writer was not yet visible in its previous snapshot, so a transaction that
-- commits late is not missed. The link-table triggers rewrite "facetCodes" and an organisation
-- rename touches its activities, so those changes are recorded too. Updates of other columns
-- only (sync bookkeeping) keep the old value, so they stay HOT updates; setting "changeXid"
-- explicitly records a change (the occurrence and schedule triggers below do).
-- The trigger's name sorts after "Activity_search_refresh": it sees the refreshed vectors.
CREATE OR REPLACE FUNCTION "activity_track_changes"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND (NEW."status", NEW."featured", NEW."providerType", NEW."isFree", NEW."isRemote",
            NEW."facetCodes", NEW."sortKeyFi", NEW."sortKeySv", NEW."nextOccurrenceAt",
            NEW."updatedAt", NEW."publishedAt", NEW."searchFi", NEW."searchSv", NEW."searchTrgm",
            NEW."changeXid")
           IS NOT DISTINCT FROM
           (OLD."status", OLD."featured", OLD."providerType", OLD."isFree", OLD."isRemote",
            OLD."facetCodes", OLD."sortKeyFi", OLD."sortKeySv", OLD."nextOccurrenceAt",
            OLD."updatedAt", OLD."publishedAt", OLD."searchFi", OLD."searchSv", OLD."searchTrgm",
            OLD."changeXid") THEN
        NEW."changeXid" := OLD."changeXid";
    ELSE
        NEW."changeXid" := pg_current_xact_id();
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "Activity_track_changes"
    BEFORE INSERT OR UPDATE ON "Activity"
    FOR EACH ROW EXECUTE FUNCTION "activity_track_changes"();

-- Deleted activities leave no row to read: a delete or truncate replaces the token, and an
-- index that sees a new token rebuilds itself.
INSERT INTO "SearchIndexState" ("id") VALUES (1);

CREATE OR REPLACE FUNCTION "activity_deleted_new_token"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "SearchIndexState" SET "token" = gen_random_uuid() WHERE "id" = 1;
    RETURN NULL;
END;
$$;

CREATE TRIGGER "Activity_deleted_new_token"
    AFTER DELETE OR TRUNCATE ON "Activity"
    FOR EACH STATEMENT EXECUTE FUNCTION "activity_deleted_new_token"();

-- The index also holds each activity's occurrences and date periods (for date filters):
-- writing them records a change of the activity, once per transaction and statement.
CREATE OR REPLACE FUNCTION "activity_children_record_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "Activity" SET "changeXid" = pg_current_xact_id()
     WHERE id IN (SELECT DISTINCT "activityId" FROM changed_rows)
       AND "changeXid" IS DISTINCT FROM pg_current_xact_id();
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    child_table text;
BEGIN
    FOREACH child_table IN ARRAY ARRAY['ActivityOccurrence', 'ActivitySchedule']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows
            FOR EACH STATEMENT EXECUTE FUNCTION "activity_children_record_change"()', child_table || '_record_insert', child_table);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows
            FOR EACH STATEMENT EXECUTE FUNCTION "activity_children_record_change"()', child_table || '_record_update', child_table);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows
            FOR EACH STATEMENT EXECUTE FUNCTION "activity_children_record_change"()', child_table || '_record_delete', child_table);
    END LOOP;
END;
$$;
