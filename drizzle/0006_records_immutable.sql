-- Review and publication records are evidence: once written they stay as written.
CREATE OR REPLACE FUNCTION qd_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is immutable: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- 送审稿: only the sealed scan (once) and the receipt 签收 (once) may be added later.
CREATE OR REPLACE FUNCTION submissions_guard_update() RETURNS trigger AS $$
BEGIN
  IF (to_jsonb(NEW) - 'sealed_scan_file_id' - 'received_by' - 'received_at') <> (to_jsonb(OLD) - 'sealed_scan_file_id' - 'received_by' - 'received_at')
     OR (OLD.sealed_scan_file_id IS NOT NULL AND NEW.sealed_scan_file_id IS DISTINCT FROM OLD.sealed_scan_file_id)
     OR (OLD.received_at IS NOT NULL AND (NEW.received_at IS DISTINCT FROM OLD.received_at OR NEW.received_by IS DISTINCT FROM OLD.received_by)) THEN
    RAISE EXCEPTION 'submissions are immutable' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- 目录版本: only the moment it went live may be stamped, once.
CREATE OR REPLACE FUNCTION editions_guard_update() RETURNS trigger AS $$
BEGIN
  IF (to_jsonb(NEW) - 'went_live_at') <> (to_jsonb(OLD) - 'went_live_at') OR OLD.went_live_at IS NOT NULL THEN
    RAISE EXCEPTION 'editions are immutable' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER submissions_guard BEFORE UPDATE ON submissions FOR EACH ROW EXECUTE FUNCTION submissions_guard_update();
--> statement-breakpoint
CREATE TRIGGER submissions_no_delete BEFORE DELETE ON submissions FOR EACH ROW EXECUTE FUNCTION qd_refuse_change();
--> statement-breakpoint
CREATE TRIGGER submission_versions_frozen BEFORE UPDATE OR DELETE ON submission_versions FOR EACH ROW EXECUTE FUNCTION qd_refuse_change();
--> statement-breakpoint
CREATE TRIGGER review_decisions_frozen BEFORE UPDATE OR DELETE ON review_decisions FOR EACH ROW EXECUTE FUNCTION qd_refuse_change();
--> statement-breakpoint
CREATE TRIGGER editions_guard BEFORE UPDATE ON editions FOR EACH ROW EXECUTE FUNCTION editions_guard_update();
--> statement-breakpoint
CREATE TRIGGER editions_no_delete BEFORE DELETE ON editions FOR EACH ROW EXECUTE FUNCTION qd_refuse_change();
--> statement-breakpoint
CREATE TRIGGER edition_items_frozen BEFORE UPDATE OR DELETE ON edition_items FOR EACH ROW EXECUTE FUNCTION qd_refuse_change();
