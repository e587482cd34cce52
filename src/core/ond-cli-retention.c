/* ond-cli-retention.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The retention periods on the command line (ond-store-retention.h):
 *
 *   --retention         the dry run: one line per case that is due, then the periods, how
 *                       many are due and the open years whose figures their removal changes;
 *                       nothing is written
 *   --apply-retention   removes the cases that are due today and prints them
 *
 * Today is the computer's local date. The database must exist. Errors are one line on
 * stderr and exit 1, with nothing removed.
 */

#define G_LOG_DOMAIN "ond-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-cli-private.h"
#include "ond-store-retention.h"

/* "2024-0001  Afgevoerd  received 2024-05-02  dropped 2024-06-15  due 2025-06-15 (1 year)" */
static void
print_item (OndRetentionItem *item)
{
  int years = ond_retention_item_get_years (item);
  g_autofree char *line = NULL;

  if (ond_retention_item_get_rule (item) == OND_RETENTION_CLOSED)
    /* Translators: one case that is due for removal: reference, status, date received,
     * closed date, the day its retention period ended, and the period in years. The dates
     * are ISO (2024-06-15). */
    line = g_strdup_printf (ngettext ("%s  %s  received %s  closed %s  due %s (%d year)",
                                      "%s  %s  received %s  closed %s  due %s (%d years)",
                                      years),
                            ond_retention_item_get_reference (item),
                            ond_retention_item_get_status_label (item),
                            ond_retention_item_get_date_received (item),
                            ond_retention_item_get_start_date (item),
                            ond_retention_item_get_expiry_date (item), years);
  else
    /* Translators: one signal that is due for removal: reference, status, date received,
     * the day it was dropped, the day its retention period ended, and the period in
     * years. The dates are ISO (2024-06-15). */
    line = g_strdup_printf (ngettext ("%s  %s  received %s  dropped %s  due %s (%d year)",
                                      "%s  %s  received %s  dropped %s  due %s (%d years)",
                                      years),
                            ond_retention_item_get_reference (item),
                            ond_retention_item_get_status_label (item),
                            ond_retention_item_get_date_received (item),
                            ond_retention_item_get_start_date (item),
                            ond_retention_item_get_expiry_date (item), years);
  g_print ("%s\n", line);
}

/* "Retention periods: dropped signals 1 year, closed cases 5 years." */
static gboolean
print_periods (OndStore  *store,
               GError   **error)
{
  g_autofree char *dropped = NULL;
  g_autofree char *closed = NULL;
  g_autofree char *line = NULL;
  int dropped_years;
  int closed_years;

  if (!ond_store_get_retention_years (store, OND_RETENTION_DROPPED, &dropped_years, error) ||
      !ond_store_get_retention_years (store, OND_RETENTION_CLOSED, &closed_years, error))
    return FALSE;

  dropped = g_strdup_printf (ngettext ("dropped signals %d year", "dropped signals %d years",
                                       dropped_years),
                             dropped_years);
  closed = g_strdup_printf (ngettext ("closed cases %d year", "closed cases %d years",
                                      closed_years),
                            closed_years);
  /* Translators: the two parts are "dropped signals 1 year" and "closed cases 5 years". */
  line = g_strdup_printf (_("Retention periods: %s, %s."), dropped, closed);
  g_print ("%s\n", line);
  return TRUE;
}

static int
dry_run (OndStore  *store,
         GDateTime *today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) due = NULL;
  g_autoptr(GArray) open_years = NULL;
  g_autofree char *count = NULL;
  guint n;

  if (!ond_store_review_retention (store, today, &due, &open_years, &error))
    return _ond_cli_fail (error);

  n = g_list_model_get_n_items (due);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndRetentionItem) item = g_list_model_get_item (due, i);

      print_item (item);
    }
  if (!print_periods (store, &error))
    return _ond_cli_fail (error);

  if (n == 0)
    {
      g_print ("%s\n", _("No case is due for removal."));
      return 0;
    }

  count = g_strdup_printf (ngettext ("%u case is due for removal.",
                                     "%u cases are due for removal.", n),
                           n);
  g_print ("%s\n", count);
  if (open_years->len > 0)
    {
      g_autoptr(GString) years = g_string_new (NULL);
      g_autofree char *warning = NULL;

      for (guint i = 0; i < open_years->len; i++)
        g_string_append_printf (years, "%s%d", i > 0 ? ", " : "",
                                g_array_index (open_years, int, i));
      /* Translators: %s is one reporting year or a list of them ("2024, 2025"). */
      warning = g_strdup_printf (ngettext ("Removing them changes the counted figures of %s: "
                                           "that year is not closed.",
                                           "Removing them changes the counted figures of %s: "
                                           "those years are not closed.",
                                           open_years->len),
                                 years->str);
      g_print ("%s\n", warning);
    }
  g_print ("%s\n", _("Nothing was removed: remove them with --apply-retention."));
  return 0;
}

static int
apply (OndStore  *store,
       GDateTime *today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) removed = NULL;
  g_autofree char *done = NULL;
  guint n;

  if (!ond_store_apply_retention (store, today, NULL, &removed, NULL, &error))
    return _ond_cli_fail (error);

  n = g_list_model_get_n_items (removed);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndRetentionItem) item = g_list_model_get_item (removed, i);

      print_item (item);
    }
  if (n == 0)
    {
      g_print ("%s\n", _("No case was due for removal: nothing was removed."));
      return 0;
    }
  done = g_strdup_printf (ngettext ("%u case removed for good; the deletion log keeps its "
                                    "reference, status and dates.",
                                    "%u cases removed for good; the deletion log keeps their "
                                    "references, statuses and dates.", n),
                          n);
  g_print ("%s\n", done);
  return 0;
}

int
_ond_cli_retention (GVariantDict *options,
                    gboolean      apply_now)
{
  g_autoptr(OndStore) store = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *missing = NULL;

  store = _ond_cli_open_existing (options, &missing);
  if (missing != NULL)
    {
      g_autofree char *message = NULL;

      /* Translators: %s is a file name. */
      message = g_strdup_printf (_("“%s” does not exist: there is no database to apply "
                                   "retention periods to."),
                                 missing);
      g_printerr ("ondermijning: %s\n", message);
      return 1;
    }
  if (store == NULL)
    return 1;

  return apply_now ? apply (store, today) : dry_run (store, today);
}
