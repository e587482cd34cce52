/* ond-store-registers.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The registers of "Controles & maatregelen", part one: what every write shares (one
 * transaction that writes nothing when a rule refuses), and adding, changing, deleting and
 * restoring controls and measures. Stop talks and activities are in
 * ond-store-register-activities.c, the rules in ond-store-register-checks.c, the lists in
 * ond-store-register-lists.c.
 */

#define G_LOG_DOMAIN "ond-store-registers"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-store-registers-private.h"

G_DEFINE_QUARK (ond-register-error-quark, ond_register_error)

static const OndRegisterTable control_register = {
  "SELECT 0 FROM control WHERE id = ?",
  "DELETE FROM control WHERE id = ?",
  N_("The control does not exist (any more)."),
  N_("A control with this number exists already, so the deleted one cannot be put back."),
  N_("Someone else changed this control after you opened it. Nothing has been saved."),
};

static const OndRegisterTable measure_register = {
  "SELECT coalesce(case_id, 0) FROM measure WHERE id = ?",
  "DELETE FROM measure WHERE id = ?",
  N_("The measure does not exist (any more)."),
  N_("A measure with this number exists already, so the deleted one cannot be put back."),
  N_("Someone else changed this measure after you opened it. Nothing has been saved."),
};

char *
_ond_register_trim (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

gboolean
_ond_store_find_register_record (OndStore                *self,
                                 const OndRegisterTable  *reg,
                                 gint64                   id,
                                 gboolean                 restoring,
                                 gint64                  *kept,
                                 GError                 **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean exists = FALSE;

  *kept = 0;
  if (restoring && id <= 0)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("Only a record that was stored can be put back."));
      return FALSE;
    }
  if (!restoring && id == 0)
    return TRUE;
  if (id > 0)
    {
      stmt = _ond_store_prepare (self, reg->find_sql, error);
      if (stmt == NULL ||
          !ond_statement_bind_int64 (stmt, 1, id, error) ||
          !ond_statement_step (stmt, &exists, error))
        return FALSE;
    }
  if (restoring && exists)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID, _(reg->in_use));
      return FALSE;
    }
  if (!restoring && !exists)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                           _(reg->not_found));
      return FALSE;
    }
  if (exists)
    *kept = ond_statement_get_int64 (stmt, 0);
  return TRUE;
}

gint64
_ond_store_run_register_write (OndStore              *self,
                               OndRegisterWriteFunc   func,
                               gpointer               record,
                               OndRegisterFlags       flags,
                               gboolean               restoring,
                               GError               **error)
{
  gint64 id;

  /* _ond_store_begin () refuses a read-only store; a failed commit rolls back. */
  if (!_ond_store_begin (self, error))
    return 0;
  id = func (self, record, flags, restoring, error);
  if (id == 0)
    {
      _ond_store_rollback (self);
      return 0;
    }
  return _ond_store_commit (self, error) ? id : 0;
}

gint64
_ond_store_finish_register_write (const OndRegisterTable  *reg,
                                  gint64                   written,
                                  GError                 **error)
{
  if (written == 0)
    {
      /* The record is there (found before, in this transaction): its version moved on. */
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT, _(reg->conflict));
      return 0;
    }
  return written;
}

gboolean
_ond_store_delete_register_record (OndStore                *self,
                                   const OndRegisterTable  *reg,
                                   gint64                   id,
                                   GError                 **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  if (!_ond_store_begin (self, error))
    return FALSE;
  stmt = _ond_store_prepare (self, reg->delete_sql, error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, id, error) ||
      !ond_statement_execute (stmt, error))
    {
      _ond_store_rollback (self);
      return FALSE;
    }
  if (ond_statement_get_changes (stmt) == 0)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND, _(reg->not_found));
      _ond_store_rollback (self);
      return FALSE;
    }
  return _ond_store_commit (self, error);
}

/* Controls. */

static gboolean
write_control_partners (OndStore    *self,
                        gint64       control_id,
                        OndControl  *control,
                        GError     **error)
{
  g_autoptr(OndStatement) clear = NULL;
  g_autoptr(OndStatement) insert = NULL;
  const gint64 *partner_ids;
  guint n_partners;

  clear = _ond_store_prepare (self, "DELETE FROM control_partner WHERE control_id = ?", error);
  if (clear == NULL ||
      !ond_statement_bind_int64 (clear, 1, control_id, error) ||
      !ond_statement_execute (clear, error))
    return FALSE;
  insert = _ond_store_prepare (self,
                  "INSERT INTO control_partner (control_id, partner_id) VALUES (?, ?)",
                  error);
  if (insert == NULL)
    return FALSE;
  partner_ids = ond_control_get_partner_ids (control, &n_partners);
  for (guint i = 0; i < n_partners; i++)
    {
      ond_statement_reset (insert);
      if (!ond_statement_bind_int64 (insert, 1, control_id, error) ||
          !ond_statement_bind_int64 (insert, 2, partner_ids[i], error) ||
          !ond_statement_execute (insert, error))
        return FALSE;
    }
  return TRUE;
}

static gint64
write_control (OndStore          *self,
               gpointer           record,
               OndRegisterFlags   flags,
               gboolean           restoring,
               GError           **error)
{
  OndControl *control = record;
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *note = _ond_register_trim (ond_control_get_note (control));
  gint64 id = ond_control_get_id (control);
  gint64 version = ond_control_get_row_version (control);
  gboolean insert = id == 0 || restoring;
  gint64 written = 0;
  gint64 kept;

  if (!_ond_store_find_register_record (self, &control_register, id, restoring, &kept, error) ||
      !_ond_store_check_control (self, control, restoring, &iso, error) ||
      (!restoring && !_ond_store_check_period (self, iso, flags, error)))
    return 0;

  /* A change is written only while the row has the version the control was read with (0:
   * not checked) and adds 1; what is put back gets the version it had
   * (ond-store-migration-11.c). */
  stmt = _ond_store_prepare (self,
                  insert ? "INSERT INTO control (date, kind, area_id, businesses, signals,"
                           "  note, id, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"
                         : "UPDATE control SET date = ?, kind = ?, area_id = ?,"
                           "  businesses = ?, signals = ?, note = ?, row_version = row_version + 1"
                           " WHERE id = ? AND (? = 0 OR row_version = ?) RETURNING id",
                  error);
  if (stmt == NULL ||
      !ond_statement_bind_text (stmt, 1, iso, error) ||
      !ond_statement_bind_text (stmt, 2, ond_control_get_kind (control), error) ||
      !ond_statement_bind_id (stmt, 3, ond_control_get_area_id (control), error) ||
      !ond_statement_bind_int64 (stmt, 4, ond_control_get_businesses (control), error) ||
      !ond_statement_bind_int64 (stmt, 5, ond_control_get_signals (control), error) ||
      !ond_statement_bind_text (stmt, 6, note, error) ||
      !ond_statement_bind_id (stmt, 7, id, error) ||
      !ond_statement_bind_int64 (stmt, 8, insert ? MAX (version, 1) : version, error) ||
      (!insert && !ond_statement_bind_int64 (stmt, 9, version, error)) ||
      !ond_statement_execute_returning (stmt, &written, error))
    return 0;
  id = _ond_store_finish_register_write (&control_register, written, error);
  if (id == 0 || !write_control_partners (self, id, control, error))
    return 0;
  return id;
}

/**
 * ond_store_save_control:
 * @self: a #OndStore
 * @control: the control; id 0 adds it, another id changes that control, only while the row
 *   has the row version @control carries (0: not checked)
 * @flags: %OND_REGISTER_ALLOW_OUTSIDE_PERIOD once the user confirmed a date outside the
 *   plan period
 * @error: return location for an error (%OND_REGISTER_ERROR for a field,
 *   %OND_STORE_ERROR_NEEDS_CONFIRMATION, %OND_STORE_ERROR_NOT_FOUND,
 *   %OND_STORE_ERROR_CONFLICT when someone else changed the control since it was read, ...)
 *
 * Saves a control with its partners present, in one transaction; see
 * ond-store-registers.h for the rules. Nothing is written on error.
 *
 * Returns: the id of the control, or 0 with @error set
 */
gint64
ond_store_save_control (OndStore          *self,
                        OndControl        *control,
                        OndRegisterFlags   flags,
                        GError           **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (OND_IS_CONTROL (control), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  return _ond_store_run_register_write (self, write_control, control, flags, FALSE, error);
}

/**
 * ond_store_delete_control:
 * @self: a #OndStore
 * @id: the control
 * @error: return location for an error
 *
 * Deletes a control with its partners present.
 *
 * Returns: %TRUE on success
 */
gboolean
ond_store_delete_control (OndStore  *self,
                          gint64     id,
                          GError   **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _ond_store_delete_register_record (self, &control_register, id, error);
}

/**
 * ond_store_restore_control:
 * @self: a #OndStore
 * @control: a control as it was read before it was deleted
 * @error: return location for an error
 *
 * Puts a deleted control back with its own id and partners (undo). The checks of a save
 * apply except the plan period.
 *
 * Returns: the id of the control, or 0 with @error set
 */
gint64
ond_store_restore_control (OndStore    *self,
                           OndControl  *control,
                           GError     **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (OND_IS_CONTROL (control), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  return _ond_store_run_register_write (self, write_control, control, OND_REGISTER_FLAGS_NONE,
                                        TRUE, error);
}

/* Measures. */

static gint64
write_measure (OndStore          *self,
               gpointer           record,
               OndRegisterFlags   flags,
               gboolean           restoring,
               GError           **error)
{
  OndMeasure *measure = record;
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *legal_basis = _ond_register_trim (ond_measure_get_legal_basis (measure));
  gint64 id = ond_measure_get_id (measure);
  gint64 version = ond_measure_get_row_version (measure);
  gboolean insert = id == 0 || restoring;
  gint64 written = 0;
  gint64 kept_case_id;

  if (!_ond_store_find_register_record (self, &measure_register, id, restoring, &kept_case_id,
                                        error))
    return 0;
  /* What is put back kept its case when it was made. */
  if (restoring)
    kept_case_id = ond_measure_get_case_id (measure);
  if (!_ond_store_check_measure (self, measure, kept_case_id, &iso, error) ||
      (!restoring && !_ond_store_check_period (self, iso, flags, error)))
    return 0;

  /* The row version as a control's (write_control ()). */
  stmt = _ond_store_prepare (self,
                  insert ? "INSERT INTO measure (date, kind, domain, legal_basis, area_id,"
                           "  case_id, id, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                           " RETURNING id"
                         : "UPDATE measure SET date = ?, kind = ?, domain = ?,"
                           "  legal_basis = ?, area_id = ?, case_id = ?,"
                           "  row_version = row_version + 1"
                           " WHERE id = ? AND (? = 0 OR row_version = ?) RETURNING id",
                  error);
  if (stmt == NULL ||
      !ond_statement_bind_text (stmt, 1, iso, error) ||
      !ond_statement_bind_text (stmt, 2, ond_measure_get_kind (measure), error) ||
      !ond_statement_bind_text (stmt, 3, ond_measure_get_domain (measure), error) ||
      !ond_statement_bind_text (stmt, 4, legal_basis, error) ||
      !ond_statement_bind_id (stmt, 5, ond_measure_get_area_id (measure), error) ||
      !ond_statement_bind_id (stmt, 6, ond_measure_get_case_id (measure), error) ||
      !ond_statement_bind_id (stmt, 7, id, error) ||
      !ond_statement_bind_int64 (stmt, 8, insert ? MAX (version, 1) : version, error) ||
      (!insert && !ond_statement_bind_int64 (stmt, 9, version, error)) ||
      !ond_statement_execute_returning (stmt, &written, error))
    return 0;
  return _ond_store_finish_register_write (&measure_register, written, error);
}

/**
 * ond_store_save_measure:
 * @self: a #OndStore
 * @measure: the measure; id 0 adds it, another id changes that measure, only while the row
 *   has the row version @measure carries (0: not checked; %OND_STORE_ERROR_CONFLICT)
 * @flags: %OND_REGISTER_ALLOW_OUTSIDE_PERIOD once the user confirmed a date outside the
 *   plan period
 * @error: return location for an error
 *
 * Saves an administrative measure; see ond-store-registers.h for the rules. A case it
 * links to must exist and not be deleted (a case it already had may stay). Nothing is
 * written on error.
 *
 * Returns: the id of the measure, or 0 with @error set
 */
gint64
ond_store_save_measure (OndStore          *self,
                        OndMeasure        *measure,
                        OndRegisterFlags   flags,
                        GError           **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (OND_IS_MEASURE (measure), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  return _ond_store_run_register_write (self, write_measure, measure, flags, FALSE, error);
}

/**
 * ond_store_delete_measure:
 * @self: a #OndStore
 * @id: the measure
 * @error: return location for an error
 *
 * Returns: %TRUE on success
 */
gboolean
ond_store_delete_measure (OndStore  *self,
                          gint64     id,
                          GError   **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _ond_store_delete_register_record (self, &measure_register, id, error);
}

/**
 * ond_store_restore_measure:
 * @self: a #OndStore
 * @measure: a measure as it was read before it was deleted
 * @error: return location for an error
 *
 * Puts a deleted measure back with its own id (undo).
 *
 * Returns: the id of the measure, or 0 with @error set
 */
gint64
ond_store_restore_measure (OndStore    *self,
                           OndMeasure  *measure,
                           GError     **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (OND_IS_MEASURE (measure), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  return _ond_store_run_register_write (self, write_measure, measure, OND_REGISTER_FLAGS_NONE,
                                        TRUE, error);
}
