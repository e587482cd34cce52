/* ond-store-retention.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Retention periods (ond-store-retention.h): the periods in retention_setting (migration 6),
 * the cases that are due, the reporting years whose figures their removal changes, and the
 * removal itself through _ond_store_erase_case ().
 */

#define G_LOG_DOMAIN "ond-store-retention"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "ond-store-figures-private.h"
#include "ond-store-retention.h"

/* A case that is due, with what the store needs besides the item. */
typedef struct
{
  gint64            id;
  char             *source;
  OndRetentionItem *item;
} DueCase;

static void
due_case_free (DueCase *due)
{
  g_free (due->source);
  g_clear_object (&due->item);
  g_free (due);
}

/* The day each period starts: a dropped signal's newest history entry to afgevoerd, a
 * closed case's closed date; the case's last change when that is missing (a file written
 * by hand), so that no case is kept for ever. When the period ends is worked out here
 * (expiry_of), the same on a file and on a server. */
static const char due_sql[] =
  "SELECT c.id, c.reference, c.status, st.label, c.date_received,"
  "  CASE c.status WHEN 'gesloten'"
  "    THEN coalesce(c.closed_date, substr(c.updated_at, 1, 10))"
  "    ELSE coalesce((SELECT substr(max(e.at), 1, 10) FROM case_event e"
  "                   WHERE e.case_id = c.id AND e.to_status = 'afgevoerd'),"
  "                  substr(c.updated_at, 1, 10))"
  "  END AS start_date, r.years, c.source"
  " FROM case_file c"
  " JOIN retention_setting r ON r.status = c.status"
  " JOIN case_status st ON st.code = c.status"
  " WHERE c.deleted_at IS NULL";

/* The day @years years after the ISO day @start, as SQLite's date(start, '+N years') gives
 * it: the same month and day that many years on, 29 February in a year without one being
 * 1 March. NULL when @start is not a day. Transfer full. */
static char *
expiry_of (const char *start,
           int         years)
{
  unsigned int year, month, day;

  if (start == NULL || strlen (start) != 10)
    return NULL;
  for (int i = 0; i < 10; i++)
    {
      if ((i == 4 || i == 7) ? start[i] != '-' : !g_ascii_isdigit (start[i]))
        return NULL;
    }
  year = (unsigned int) g_ascii_strtoull (start, NULL, 10);
  month = (unsigned int) g_ascii_strtoull (start + 5, NULL, 10);
  day = (unsigned int) g_ascii_strtoull (start + 8, NULL, 10);
  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;
  year += (unsigned int) years;
  if (year > 9999)
    return NULL;
  if (day > g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year))
    {
      day -= g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year);
      month++;
    }
  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
}

/* The period that ended first first; on the same day, by reference. */
static int
compare_due (gconstpointer a,
             gconstpointer b)
{
  OndRetentionItem *x = (*(DueCase * const *) a)->item;
  OndRetentionItem *y = (*(DueCase * const *) b)->item;
  int by_expiry = strcmp (ond_retention_item_get_expiry_date (x),
                          ond_retention_item_get_expiry_date (y));

  return by_expiry != 0 ? by_expiry
                        : g_strcmp0 (ond_retention_item_get_reference (x),
                                     ond_retention_item_get_reference (y));
}

static const char *
rule_status (OndRetentionRule rule)
{
  return rule == OND_RETENTION_CLOSED ? "gesloten" : "afgevoerd";
}

static gboolean
check_rule (OndRetentionRule   rule,
            GError           **error)
{
  if (rule != OND_RETENTION_DROPPED && rule != OND_RETENTION_CLOSED)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                           _("There is no such retention period."));
      return FALSE;
    }
  return TRUE;
}

/* Reads the period of @rule (inside a transaction or not). */
static gboolean
read_years (OndStore          *self,
            OndRetentionRule   rule,
            int               *years,
            GError           **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  stmt = _ond_store_prepare (self, "SELECT years FROM retention_setting WHERE status = ?",
                             error);
  if (stmt == NULL ||
      !ond_statement_bind_text (stmt, 1, rule_status (rule), error) ||
      !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_FAILED,
                           _("The database holds no retention period: it may be damaged."));
      return FALSE;
    }
  *years = (int) ond_statement_get_int64 (stmt, 0);
  return TRUE;
}

/**
 * ond_store_get_retention_years:
 * @self: a #OndStore
 * @rule: which period
 * @years: (out): the period in years
 * @error: return location for an error
 *
 * Returns: %TRUE on success; %FALSE with @error set
 */
gboolean
ond_store_get_retention_years (OndStore          *self,
                               OndRetentionRule   rule,
                               int               *years,
                               GError           **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (years != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return check_rule (rule, error) && read_years (self, rule, years, error);
}

static gboolean
set_years (OndStore          *self,
           OndRetentionRule   rule,
           int                years,
           GError           **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *what = NULL;
  int old_years;

  if (!read_years (self, rule, &old_years, error))
    return FALSE;
  if (old_years == years)
    return TRUE;

  stmt = _ond_store_prepare (self, "UPDATE retention_setting SET years = ? WHERE status = ?",
                             error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, years, error) ||
      !ond_statement_bind_text (stmt, 2, rule_status (rule), error) ||
      !ond_statement_execute (stmt, error))
    return FALSE;

  what = g_strdup_printf ("Bewaartermijn %s gewijzigd van %d naar %d jaar",
                          rule == OND_RETENTION_CLOSED ? "gesloten casussen"
                                                       : "afgevoerde signalen",
                          old_years, years);
  return _ond_store_write_access_log (self, NULL, what, error);
}

/**
 * ond_store_set_retention_years:
 * @self: a #OndStore
 * @rule: which period
 * @years: the new period, 1..30 years
 * @error: return location for an error
 *
 * Changes a retention period and logs the change in the access log ("Bewaartermijn
 * afgevoerde signalen gewijzigd van 1 naar 2 jaar").
 *
 * Returns: %TRUE on success; on error nothing was written
 */
gboolean
ond_store_set_retention_years (OndStore          *self,
                               OndRetentionRule   rule,
                               int                years,
                               GError           **error)
{
  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_rule (rule, error) || !_ond_store_check_writable (self, error))
    return FALSE;
  if (years < OND_RETENTION_MIN_YEARS || years > OND_RETENTION_MAX_YEARS)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("A retention period is %d to %d years; %d is not possible."),
                   OND_RETENTION_MIN_YEARS, OND_RETENTION_MAX_YEARS, years);
      return FALSE;
    }

  if (!_ond_store_begin (self, error))
    return FALSE;
  if (!set_years (self, rule, years, error))
    {
      _ond_store_rollback (self);
      return FALSE;
    }
  return _ond_store_commit (self, error);
}

/* The cases due as of @today (ISO), in the order of the dry run (DueCase). */
static GPtrArray *
read_due (OndStore    *self,
          const char  *today,
          GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gboolean has_row;
  gboolean ok;

  stmt = _ond_store_prepare (self, due_sql, error);
  if (stmt == NULL)
    return NULL;

  list = g_ptr_array_new_with_free_func ((GDestroyNotify) due_case_free);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      int years = (int) ond_statement_get_int64 (stmt, 6);
      g_autofree char *expiry = expiry_of (ond_statement_get_text (stmt, 5), years);
      OndRetentionRule rule = g_strcmp0 (ond_statement_get_text (stmt, 2), "gesloten") == 0
                              ? OND_RETENTION_CLOSED : OND_RETENTION_DROPPED;
      DueCase *due;

      if (expiry == NULL || strcmp (expiry, today) > 0)
        continue;
      due = g_new0 (DueCase, 1);
      due->id = ond_statement_get_int64 (stmt, 0);
      due->source = g_strdup (ond_statement_get_text (stmt, 7));
      due->item = ond_retention_item_new (ond_statement_get_text (stmt, 1), rule,
                                          ond_statement_get_text (stmt, 3),
                                          ond_statement_get_text (stmt, 4),
                                          ond_statement_get_text (stmt, 5),
                                          expiry, years);
      g_ptr_array_add (list, due);
    }
  if (!ok)
    return NULL;
  g_ptr_array_sort (list, compare_due);
  return g_steal_pointer (&list);
}

/* Whether removing a case of @source received in @year changes a counted figure: the year
 * is counted (from the first year of the plans on) and not closed, a figure counts cases of
 * @source, and has no value entered by hand for @year. */
static gboolean
changes_figure (OndStore    *self,
                int          year,
                const char  *source,
                int          counting_start,
                gboolean    *changes,
                GError     **error)
{
  g_autoptr(OndFigureIndicator) indicator = NULL;
  const char *code = _ond_figure_case_source_indicator (source);
  gboolean closed;
  gboolean has_hand_value;
  gint64 hand_value;

  *changes = FALSE;
  if (code == NULL || year < counting_start || year < 2000 || year > 2100)
    return TRUE;
  if (!ond_store_is_year_closed (self, year, &closed, error))
    return FALSE;
  if (closed)
    return TRUE;
  indicator = _ond_store_find_indicator (self, code, error);
  if (indicator == NULL)
    return FALSE;
  if (g_strcmp0 (indicator->method, "counted") != 0)
    return TRUE;
  if (!_ond_store_figure_hand_value (self, indicator->id, year, &has_hand_value, &hand_value,
                                     NULL, error))
    return FALSE;
  *changes = !has_hand_value;
  return TRUE;
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

/* The years (ascending) whose counted figures change when the cases of @due go. */
static GArray *
find_open_years (OndStore   *self,
                 GPtrArray  *due,
                 GError    **error)
{
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) added = g_hash_table_new (g_direct_hash, g_direct_equal);
  int counting_start;

  if (!_ond_store_figure_counting_start (self, &counting_start, error))
    return NULL;

  for (guint i = 0; i < due->len; i++)
    {
      const DueCase *c = g_ptr_array_index (due, i);
      int year = atoi (ond_retention_item_get_date_received (c->item));
      char *key = g_strdup_printf ("%d %s", year, c->source);
      gboolean changes;

      if (!g_hash_table_add (seen, key))
        continue;
      if (!changes_figure (self, year, c->source, counting_start, &changes, error))
        return NULL;
      if (changes && g_hash_table_add (added, GINT_TO_POINTER (year)))
        g_array_append_val (years, year);
    }
  g_array_sort (years, compare_years);
  return g_steal_pointer (&years);
}

static GListModel *
items_of (GPtrArray *due)
{
  GListStore *items = g_list_store_new (OND_TYPE_RETENTION_ITEM);

  for (guint i = 0; i < due->len; i++)
    g_list_store_append (items, ((DueCase *) g_ptr_array_index (due, i))->item);
  return G_LIST_MODEL (items);
}

/**
 * ond_store_review_retention:
 * @self: a #OndStore
 * @today: the day the periods are measured against
 * @due: (out) (transfer full): the cases that are due, a #GListModel of #OndRetentionItem
 * @open_years: (out) (optional) (transfer full) (element-type int): the reporting years,
 *   ascending, that are not closed and whose counted figures change when the cases go
 * @error: return location for an error
 *
 * The dry run: writes nothing, and works on a read-only store.
 *
 * Returns: %TRUE on success; %FALSE with @error set
 */
gboolean
ond_store_review_retention (OndStore    *self,
                            GDateTime   *today,
                            GListModel **due,
                            GArray     **open_years,
                            GError     **error)
{
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GArray) years = NULL;
  g_autofree char *iso = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);
  g_return_val_if_fail (due != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  iso = g_date_time_format (today, "%Y-%m-%d");
  cases = read_due (self, iso, error);
  if (cases == NULL)
    return FALSE;
  if (open_years != NULL)
    {
      years = find_open_years (self, cases, error);
      if (years == NULL)
        return FALSE;
      *open_years = g_steal_pointer (&years);
    }
  *due = items_of (cases);
  return TRUE;
}

/* "Bewaartermijn verstreken (afgevoerd, 1 jaar)". */
static char *
deletion_reason (OndRetentionItem *item)
{
  return g_strdup_printf ("Bewaartermijn verstreken (%s, %d jaar)",
                          rule_status (ond_retention_item_get_rule (item)),
                          ond_retention_item_get_years (item));
}

/* "Bewaartermijnen toegepast: 2 afgevoerde signalen, 1 gesloten casus". */
static char *
summary_text (guint n_dropped,
              guint n_closed)
{
  return g_strdup_printf ("Bewaartermijnen toegepast: %u %s, %u %s",
                          n_dropped, n_dropped == 1 ? "afgevoerd signaal" : "afgevoerde signalen",
                          n_closed, n_closed == 1 ? "gesloten casus" : "gesloten casussen");
}

static gboolean
apply_retention (OndStore            *self,
                 const char          *today,
                 const char * const  *references,
                 GPtrArray           *removed,
                 GPtrArray           *not_due,
                 GError             **error)
{
  g_autoptr(GPtrArray) cases = read_due (self, today, error);
  g_autoptr(GHashTable) by_reference = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) given = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  g_autofree char *summary = NULL;
  guint n_dropped = 0;
  guint n_closed = 0;

  if (cases == NULL)
    return FALSE;
  for (guint i = 0; i < cases->len; i++)
    {
      DueCase *c = g_ptr_array_index (cases, i);

      g_hash_table_insert (by_reference, (gpointer) ond_retention_item_get_reference (c->item),
                           c);
      if (references == NULL)
        g_ptr_array_add (chosen, c);
    }
  for (guint i = 0; references != NULL && references[i] != NULL; i++)
    {
      DueCase *c = g_hash_table_lookup (by_reference, references[i]);

      /* Each reference once, however often it is given. */
      if (!g_hash_table_add (given, (gpointer) references[i]))
        continue;
      if (c != NULL)
        g_ptr_array_add (chosen, c);
      else
        g_ptr_array_add (not_due, g_strdup (references[i]));
    }

  for (guint i = 0; i < chosen->len; i++)
    {
      DueCase *c = g_ptr_array_index (chosen, i);
      g_autofree char *reason = deletion_reason (c->item);

      if (!_ond_store_erase_case (self, c->id, reason, "Verwijderd na bewaartermijn", error))
        return FALSE;
      if (ond_retention_item_get_rule (c->item) == OND_RETENTION_CLOSED)
        n_closed++;
      else
        n_dropped++;
      g_ptr_array_add (removed, g_object_ref (c->item));
    }
  if (chosen->len == 0)
    return TRUE;

  summary = summary_text (n_dropped, n_closed);
  return _ond_store_write_access_log (self, NULL, summary, error);
}

/**
 * ond_store_apply_retention:
 * @self: a #OndStore
 * @today: the day the periods are measured against
 * @references: (nullable) (array zero-terminated=1): the references of the cases to
 *   remove (those the user saw in the dry run); %NULL for every case that is due
 * @removed: (out) (optional) (transfer full): the cases removed, a #GListModel of
 *   #OndRetentionItem
 * @not_due: (out) (optional) (transfer full): the references of @references that were not
 *   due (any more): they stay
 * @error: return location for an error
 *
 * Removes the cases of @references that are due, in one transaction: each through the
 * deletion log ("Bewaartermijn verstreken (afgevoerd, 1 jaar)") and the access log
 * ("Verwijderd na bewaartermijn"), and one access log row for the run ("Bewaartermijnen
 * toegepast: ..."). A read-only store refuses.
 *
 * Returns: %TRUE on success; on error nothing was removed
 */
gboolean
ond_store_apply_retention (OndStore            *self,
                           GDateTime           *today,
                           const char * const  *references,
                           GListModel         **removed,
                           GStrv               *not_due,
                           GError             **error)
{
  g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) stay = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *iso = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (today != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  iso = g_date_time_format (today, "%Y-%m-%d");
  if (!_ond_store_begin (self, error))
    return FALSE;
  if (!apply_retention (self, iso, references, gone, stay, error))
    {
      _ond_store_rollback (self);
      return FALSE;
    }
  if (!_ond_store_commit (self, error))
    return FALSE;

  if (removed != NULL)
    {
      GListStore *items = g_list_store_new (OND_TYPE_RETENTION_ITEM);

      g_list_store_splice (items, 0, 0, gone->pdata, gone->len);
      *removed = G_LIST_MODEL (items);
    }
  if (not_due != NULL)
    {
      g_ptr_array_add (stay, NULL);
      *not_due = (GStrv) g_ptr_array_steal (stay, NULL);
    }
  return TRUE;
}
