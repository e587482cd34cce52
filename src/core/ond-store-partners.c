/* ond-store-partners.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Editing the partners: added, changed, retired and brought back, deleted when nothing
 * refers to them and put back after a delete. Moving them among the partners of their kind
 * is in ond-store-partners-order.c, the menukaart in ond-store-menukaart.c; the rules and
 * their error codes are listed in ond-store-partners.h.
 */

#define G_LOG_DOMAIN "ond-store-partners"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-store-partners-private.h"
#include "ond-text.h"

/* A partner to write, its texts trimmed: a new one, a change, or one put back. */
typedef struct
{
  char     *name;
  char     *short_name;
  char     *kind;
  gboolean  regiegroep;
  char     *contact_role;
} PartnerRow;

static void
partner_row_clear (PartnerRow *row)
{
  g_clear_pointer (&row->name, g_free);
  g_clear_pointer (&row->short_name, g_free);
  g_clear_pointer (&row->kind, g_free);
  g_clear_pointer (&row->contact_role, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PartnerRow, partner_row_clear)

static void
partner_row_init (PartnerRow             *row,
                  const OndPartnerFields *fields)
{
  row->name = _ond_store_partners_trim (fields->name);
  row->short_name = _ond_store_partners_trim (fields->short_name);
  row->kind = _ond_store_partners_trim (fields->kind);
  row->regiegroep = fields->regiegroep;
  row->contact_role = _ond_store_partners_trim (fields->contact_role);
}

/* The checks that need no database: a name and a short name, a kind chosen. */
static gboolean
check_filled (const PartnerRow  *row,
              GError           **error)
{
  if (*row->name == '\0')
    return _ond_store_partners_fail (error, OND_PLAN_ERROR_NAME, _("A partner needs a name."));
  if (*row->short_name == '\0')
    return _ond_store_partners_fail (error, OND_PLAN_ERROR_SHORT_NAME,
                                     _("A partner needs a short name, e.g. “OZHZ”."));
  if (*row->kind == '\0')
    return _ond_store_partners_fail (error, OND_PLAN_ERROR_KIND,
                                     _("Choose the kind of partner."));
  return TRUE;
}

/* The kind is one of partner_kind; the name and the short name are no other partner's
 * (@except_id: the partner itself, 0 for a new one) apart from case and accents. */
static gboolean
check_partner (OndStore          *self,
               gint64             except_id,
               const PartnerRow  *row,
               GError           **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *same = NULL;
  gboolean known;

  if (!check_filled (row, error))
    return FALSE;

  stmt = _ond_store_prepare (self, "SELECT 1 FROM partner_kind WHERE code = ?", error);
  if (stmt == NULL
      || !ond_statement_bind_text (stmt, 1, row->kind, error)
      || !ond_statement_step (stmt, &known, error))
    return FALSE;
  if (!known)
    {
      g_set_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_KIND,
                   _("“%s” is not a kind of partner."), row->kind);
      return FALSE;
    }

  if (!_ond_store_partners_find_same (self, "SELECT id, name FROM partner", except_id,
                                      row->name, &same, error))
    return FALSE;
  if (same != NULL)
    {
      g_set_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_NAME,
                   _("There is already a partner “%s”."), same);
      return FALSE;
    }
  if (!_ond_store_partners_find_same (self, "SELECT id, short_name FROM partner", except_id,
                                      row->short_name, &same, error))
    return FALSE;
  if (same != NULL)
    {
      g_set_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_SHORT_NAME,
                   _("Another partner already has the short name “%s”."), same);
      return FALSE;
    }
  return TRUE;
}

/* Reads the name of a partner for a change (@name may be NULL); one that does not exist is
 * NOT_FOUND. */
static gboolean
read_partner (OndStore    *self,
              gint64       partner_id,
              char       **name,
              GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  stmt = _ond_store_prepare (self, "SELECT name FROM partner WHERE id = ?", error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, partner_id, error)
      || !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                           _("The partner does not exist (any more)."));
      return FALSE;
    }
  if (name != NULL)
    *name = g_strdup (ond_statement_get_text (stmt, 0));
  return TRUE;
}

static gboolean
bind_row (OndStatement      *stmt,
          const PartnerRow  *row,
          GError           **error)
{
  return ond_statement_bind_text (stmt, 1, row->name, error)
         && ond_statement_bind_text (stmt, 2, row->short_name, error)
         && ond_statement_bind_text (stmt, 3, row->kind, error)
         && ond_statement_bind_int64 (stmt, 4, row->regiegroep ? 1 : 0, error)
         && ond_statement_bind_text (stmt, 5, row->contact_role, error);
}

static gint64
insert_partner (OndStore          *self,
                const PartnerRow  *row,
                GError           **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  if (!check_partner (self, 0, row, error))
    return 0;
  stmt = _ond_store_prepare (self,
                             "INSERT INTO partner (name, short_name, kind, regiegroep,"
                             " contact_role, position)"
                             " VALUES (?, ?, ?, ?, ?,"
                             "         (SELECT coalesce(max(position), 0) + 1 FROM partner))"
                             " RETURNING id",
                             error);
  if (stmt == NULL || !bind_row (stmt, row, error))
    return 0;
  return ond_statement_insert (stmt, error);
}

/**
 * ond_store_add_partner:
 * @self: a #OndStore
 * @fields: the partner's name, short name, kind, membership of the regiegroep and contact
 *   role (the rules of ond-store-partners.h)
 * @error: return location for an error: %OND_PLAN_ERROR_NAME, %OND_PLAN_ERROR_SHORT_NAME or
 *   %OND_PLAN_ERROR_KIND for a field
 *
 * Adds a partner after all others (so last among the partners of its kind), taking part.
 *
 * Returns: the id of the new partner, or 0 with @error set (nothing written)
 */
gint64
ond_store_add_partner (OndStore                *self,
                       const OndPartnerFields  *fields,
                       GError                 **error)
{
  g_auto(PartnerRow) row = { NULL };
  gint64 id;

  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (fields != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  partner_row_init (&row, fields);
  if (!_ond_store_check_writable (self, error) || !check_filled (&row, error)
      || !_ond_store_begin (self, error))
    return 0;
  id = insert_partner (self, &row, error);
  return _ond_store_partners_finish (self, id != 0, error) ? id : 0;
}

/* @row_version: the version the edit was opened with, 0 = not checked. */
static gboolean
update_partner (OndStore          *self,
                gint64             partner_id,
                gint64             row_version,
                const PartnerRow  *row,
                GError           **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  if (!read_partner (self, partner_id, NULL, error)
      || !check_partner (self, partner_id, row, error))
    return FALSE;
  /* As an action (ond-store-actions.c): an edit opened earlier changes the row only while
   * it still has the version read then; every change adds 1. */
  stmt = _ond_store_prepare (self,
                             "UPDATE partner SET name = ?, short_name = ?, kind = ?,"
                             " regiegroep = ?, contact_role = ?, row_version = row_version + 1"
                             " WHERE id = ? AND (? = 0 OR row_version = ?)",
                             error);
  if (stmt == NULL
      || !bind_row (stmt, row, error)
      || !ond_statement_bind_int64 (stmt, 6, partner_id, error)
      || !ond_statement_bind_int64 (stmt, 7, row_version, error)
      || !ond_statement_bind_int64 (stmt, 8, row_version, error)
      || !ond_statement_execute (stmt, error))
    return FALSE;
  if (ond_statement_get_changes (stmt) == 0)
    {
      /* The row is there (read above, in this transaction): its version moved on. */
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT,
                           _("Someone else changed this partner after you opened it. Nothing "
                             "has been saved."));
      return FALSE;
    }
  return TRUE;
}

/**
 * ond_store_update_partner:
 * @self: a #OndStore
 * @partner_id: the partner
 * @fields: its new fields (the rules of ond_store_add_partner())
 * @error: return location for an error: a field's %OND_PLAN_ERROR, or
 *   %OND_STORE_ERROR_NOT_FOUND for a partner that does not exist
 *
 * Changes a partner's name, short name, kind, membership of the regiegroep and contact
 * role. Every record that names the partner names it as it is now.
 *
 * Returns: %FALSE with @error set (nothing written)
 */
gboolean
ond_store_update_partner (OndStore                *self,
                          gint64                   partner_id,
                          const OndPartnerFields  *fields,
                          GError                 **error)
{
  g_auto(PartnerRow) row = { NULL };

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  partner_row_init (&row, fields);
  if (!_ond_store_check_writable (self, error) || !check_filled (&row, error)
      || !_ond_store_begin (self, error))
    return FALSE;
  return _ond_store_partners_finish (self, update_partner (self, partner_id, 0, &row, error),
                                     error);
}

/**
 * ond_store_save_partner_edit:
 * @self: a #OndStore
 * @partner_id: the partner
 * @row_version: (inout): the row version the edit was opened with
 *   (ond_partner_get_row_version () of the partner read then); on success the version the
 *   row has now, for the next save of the same edit
 * @fields: its new fields (the rules of ond_store_add_partner())
 * @error: return location for an error: as ond_store_update_partner (), and
 *   %OND_STORE_ERROR_CONFLICT when someone else changed the partner since @row_version (read
 *   it again, ond_store_compare_partner_edit ())
 *
 * Saves an edit of a partner like ond_store_update_partner (), but only while the row still
 * has @row_version.
 *
 * Returns: %FALSE with @error set (nothing written)
 */
gboolean
ond_store_save_partner_edit (OndStore                *self,
                             gint64                   partner_id,
                             gint64                  *row_version,
                             const OndPartnerFields  *fields,
                             GError                 **error)
{
  g_auto(PartnerRow) row = { NULL };

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (row_version != NULL && *row_version > 0, FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  partner_row_init (&row, fields);
  if (!_ond_store_check_writable (self, error) || !check_filled (&row, error)
      || !_ond_store_begin (self, error))
    return FALSE;
  if (!_ond_store_partners_finish (self,
                                   update_partner (self, partner_id, *row_version, &row, error),
                                   error))
    return FALSE;
  /* The row had *row_version and this save added 1 (a move leaves the version alone). */
  (*row_version)++;
  return TRUE;
}

static gboolean
set_retired (OndStore  *self,
             gint64     partner_id,
             gboolean   retired,
             GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  if (!read_partner (self, partner_id, NULL, error))
    return FALSE;
  stmt = _ond_store_prepare (self,
                             "UPDATE partner SET retired = ?, row_version = row_version + 1"
                             " WHERE id = ?",
                             error);
  return stmt != NULL
         && ond_statement_bind_int64 (stmt, 1, retired ? 1 : 0, error)
         && ond_statement_bind_int64 (stmt, 2, partner_id, error)
         && ond_statement_execute (stmt, error);
}

/**
 * ond_store_set_partner_retired:
 * @self: a #OndStore
 * @partner_id: the partner
 * @retired: %TRUE to retire it, %FALSE to bring it back
 * @error: return location for an error: %OND_STORE_ERROR_NOT_FOUND for a partner that does
 *   not exist
 *
 * Retires a partner (it no longer takes part: it stays on every record that names it and
 * in the lists of what was, and is no longer offered for new records), or brings it back.
 * Retiring is always possible, whatever refers to the partner.
 *
 * Returns: %FALSE with @error set (nothing written)
 */
gboolean
ond_store_set_partner_retired (OndStore  *self,
                               gint64     partner_id,
                               gboolean   retired,
                               GError   **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_begin (self, error))
    return FALSE;
  return _ond_store_partners_finish (self, set_retired (self, partner_id, retired, error),
                                     error);
}

/* Appends @part (transfer full) to the list of what refers to a partner. */
static void
add_use (GString *uses,
         char    *part)
{
  g_autofree char *owned = part;

  if (uses->len > 0)
    /* Translators: between the items of a list, e.g. "2 themes it owns, 1 control". */
    g_string_append (uses, _(", "));
  g_string_append (uses, owned);
}

/* Refuses to delete a partner that records refer to (OND_PLAN_ERROR_IN_USE), saying which
 * and that it can be retired instead. */
static gboolean
check_partner_unused (OndStore    *self,
                      gint64       partner_id,
                      const char  *name,
                      GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GString) uses = g_string_new (NULL);
  gulong n[6];
  gboolean has_row;

  stmt = _ond_store_prepare (self,
                             "SELECT (SELECT COUNT(*) FROM theme_owner WHERE partner_id = ?),"
                             "       (SELECT COUNT(*) FROM action WHERE owner_id = ?),"
                             "       (SELECT COUNT(*) FROM intervention_partner"
                             "        WHERE partner_id = ?),"
                             "       (SELECT COUNT(*) FROM case_file WHERE lead_partner_id = ?),"
                             "       (SELECT COUNT(*) FROM case_intervention WHERE partner_id = ?),"
                             "       (SELECT COUNT(*) FROM control_partner WHERE partner_id = ?)",
                             error);
  if (stmt == NULL)
    return FALSE;
  for (int i = 1; i <= 6; i++)
    if (!ond_statement_bind_int64 (stmt, i, partner_id, error))
      return FALSE;
  if (!ond_statement_step (stmt, &has_row, error))
    return FALSE;

  for (int i = 0; i < 6; i++)
    n[i] = (gulong) ond_statement_get_int64 (stmt, i);
  if (n[0] > 0)
    add_use (uses, g_strdup_printf (ngettext ("%d theme it owns",
                                              "%d themes it owns", n[0]),
                                    (int) n[0]));
  if (n[1] > 0)
    add_use (uses, g_strdup_printf (ngettext ("%d action it owns",
                                              "%d actions it owns", n[1]),
                                    (int) n[1]));
  if (n[2] > 0)
    add_use (uses, g_strdup_printf (ngettext ("%d intervention of the menukaart",
                                              "%d interventions of the menukaart", n[2]),
                                    (int) n[2]));
  if (n[3] > 0)
    add_use (uses, g_strdup_printf (ngettext ("%d case it leads",
                                              "%d cases it leads", n[3]),
                                    (int) n[3]));
  if (n[4] > 0)
    add_use (uses, g_strdup_printf (ngettext ("%d intervention in a case",
                                              "%d interventions in cases", n[4]),
                                    (int) n[4]));
  if (n[5] > 0)
    add_use (uses, g_strdup_printf (ngettext ("%d control",
                                              "%d controls", n[5]),
                                    (int) n[5]));
  if (uses->len == 0)
    return TRUE;

  /* Translators: the first %s is a partner, the second a list such as "2 themes it owns,
   * 1 control". */
  g_set_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_IN_USE,
               _("“%s” cannot be deleted, because records refer to it (%s). Retire it instead: "
                 "it stays on those records and is no longer offered for new ones."),
               name, uses->str);
  return FALSE;
}

/**
 * ond_store_check_partner_unused:
 * @self: a #OndStore
 * @partner_id: the partner
 * @error: return location for an error: %OND_PLAN_ERROR_IN_USE (the message of
 *   ond_store_delete_partner()) or %OND_STORE_ERROR_NOT_FOUND
 *
 * Tells whether the partner can be deleted, without deleting it (nothing is written).
 *
 * Returns: %TRUE when nothing refers to the partner
 */
gboolean
ond_store_check_partner_unused (OndStore  *self,
                                gint64     partner_id,
                                GError   **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return read_partner (self, partner_id, &name, error)
         && check_partner_unused (self, partner_id, name, error);
}

static gboolean
delete_partner (OndStore  *self,
                gint64     partner_id,
                GError   **error)
{
  g_autofree char *name = NULL;
  g_autofree char *in_use = NULL;

  if (!read_partner (self, partner_id, &name, error)
      || !check_partner_unused (self, partner_id, name, error))
    return FALSE;
  in_use = g_strdup_printf (_("“%s” cannot be deleted, because records refer to it. Retire it "
                              "instead: it stays on those records and is no longer offered "
                              "for new ones."),
                            name);
  return _ond_store_partners_delete_row (self, "DELETE FROM partner WHERE id = ?", partner_id,
                                         in_use, error);
}

/**
 * ond_store_delete_partner:
 * @self: a #OndStore
 * @partner_id: the partner
 * @error: return location for an error
 *
 * Deletes a partner that nothing refers to. One that a theme or an action (as owner), the
 * menukaart, a case (lead partner), a case's intervention or a control refers to is
 * refused with %OND_PLAN_ERROR_IN_USE, whose message lists them and says that it can be
 * retired instead; one that does not exist with %OND_STORE_ERROR_NOT_FOUND.
 * ond_store_restore_partner() undoes it.
 *
 * Returns: %FALSE with @error set (nothing written)
 */
gboolean
ond_store_delete_partner (OndStore  *self,
                          gint64     partner_id,
                          GError   **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_ond_store_begin (self, error))
    return FALSE;
  return _ond_store_partners_finish (self, delete_partner (self, partner_id, error), error);
}

static gboolean
restore_partner (OndStore          *self,
                 OndPartner        *partner,
                 const PartnerRow  *row,
                 GError           **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gint64 id = ond_partner_get_id (partner);
  int position = ond_partner_get_position (partner);

  if (!_ond_store_partners_check_free_id (self, "SELECT 1 FROM partner WHERE id = ?", id,
                                          _("A partner with this number exists already, so "
                                            "the deleted one cannot be put back."),
                                          error)
      || !check_partner (self, 0, row, error))
    return FALSE;

  /* A partner added since the delete may hold the place: it and those after it move down. */
  stmt = _ond_store_prepare (self,
                             "UPDATE partner SET position = position + 1"
                             " WHERE position >= ?"
                             "   AND EXISTS (SELECT 1 FROM partner WHERE position = ?)",
                             error);
  if (stmt == NULL
      || !ond_statement_bind_int64 (stmt, 1, position, error)
      || !ond_statement_bind_int64 (stmt, 2, position, error)
      || !ond_statement_execute (stmt, error))
    return FALSE;
  g_clear_pointer (&stmt, ond_statement_free);

  stmt = _ond_store_prepare (self,
                             "INSERT INTO partner (name, short_name, kind, regiegroep,"
                             " contact_role, position, retired, id, row_version)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             error);
  /* With the row version it had: an edit opened before the delete still saves over it. */
  return stmt != NULL
         && bind_row (stmt, row, error)
         && ond_statement_bind_int64 (stmt, 6, position, error)
         && ond_statement_bind_int64 (stmt, 7, ond_partner_get_retired (partner) ? 1 : 0, error)
         && ond_statement_bind_int64 (stmt, 8, id, error)
         && ond_statement_bind_int64 (stmt, 9, MAX (ond_partner_get_row_version (partner), 1),
                                      error)
         && ond_statement_execute (stmt, error);
}

/**
 * ond_store_restore_partner:
 * @self: a #OndStore
 * @partner: the partner as ond_store_list_partners() read it before it was deleted
 * @error: return location for an error
 *
 * Puts a deleted partner back (undo): its own id, place, name, short name, kind,
 * membership of the regiegroep, contact role and whether it was retired. When a partner
 * added since holds its place, that one and the ones after it move down one place. The
 * rules of ond_store_add_partner() apply; an id that is taken fails with
 * %OND_STORE_ERROR_INVALID. Nothing referred to a partner that could be deleted, so there
 * is nothing else to put back.
 *
 * Returns: the id of the partner, or 0 with @error set (nothing written)
 */
gint64
ond_store_restore_partner (OndStore    *self,
                           OndPartner  *partner,
                           GError     **error)
{
  g_auto(PartnerRow) row = { NULL };
  OndPartnerFields fields;

  g_return_val_if_fail (OND_IS_STORE (self), 0);
  g_return_val_if_fail (OND_IS_PARTNER (partner), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  fields = (OndPartnerFields) { ond_partner_get_name (partner),
                                ond_partner_get_short_name (partner),
                                ond_partner_get_kind (partner),
                                ond_partner_get_regiegroep (partner),
                                ond_partner_get_contact_role (partner) };
  partner_row_init (&row, &fields);
  if (!_ond_store_check_writable (self, error) || !check_filled (&row, error)
      || !_ond_store_begin (self, error))
    return 0;
  if (!_ond_store_partners_finish (self, restore_partner (self, partner, &row, error), error))
    return 0;
  return ond_partner_get_id (partner);
}
