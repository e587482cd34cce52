/* ond-council-report-compare.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The comparison of a council report on record with today's figures
 * (ond-council-report-compare.h): one group per section, in the order of the changes, a row
 * per change titled with what changed, its subtitle what the report showed and what it is
 * now. The sections and what changed are Dutch data of the report. */

#define G_LOG_DOMAIN "ond-council-report-compare"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-council-report-compare.h"
#include "ond-report.h"
#include "ond-store-council-reports.h"

static GtkWidget *
change_row (const OndReportChange *change)
{
  GtkWidget *row = adw_action_row_new ();
  /* Translators: a difference with a report on record, e.g. "Then 12, now 14". */
  g_autofree char *subtitle = g_strdup_printf (_("Then %s, now %s"), change->then,
                                               change->now);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), change->what);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static GtkWidget *
changes_page (GPtrArray *changes)
{
  GtkWidget *page = adw_preferences_page_new ();
  AdwPreferencesGroup *group = NULL;
  const char *section = NULL;

  for (guint i = 0; i < changes->len; i++)
    {
      const OndReportChange *change = g_ptr_array_index (changes, i);

      if (group == NULL || g_strcmp0 (section, change->section) != 0)
        {
          group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          adw_preferences_group_set_title (group, change->section);
          adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), group);
          section = change->section;
        }
      adw_preferences_group_add (group, change_row (change));
    }
  return page;
}

GtkWindow *
ond_council_report_compare_new (GtkWindow  *parent,
                                OndStore   *store,
                                gint64      report_id,
                                GDateTime  *now,
                                GError    **error)
{
  g_autoptr(OndCouncilReport) record = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *title = NULL;
  GtkWidget *window;
  GtkWidget *box;
  GtkWidget *header;
  GtkWidget *content;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  record = ond_store_get_council_report (store, report_id, NULL, error);
  if (record == NULL)
    return NULL;
  changes = ond_store_compare_council_report (store, report_id, now, error);
  if (changes == NULL)
    return NULL;

  title = g_strdup (_("Compared with Today"));
  /* Translators: the report compared, e.g. "Report of 2024, made 2025-06-15T14:03:27". */
  subtitle = g_strdup_printf (_("Report of %d, made %s"), record->year, record->made_at);
  window = g_object_new (ADW_TYPE_WINDOW,
                         "title", title,
                         "transient-for", parent,
                         "modal", TRUE,
                         "destroy-with-parent", TRUE,
                         "default-width", 560,
                         "default-height", 560,
                         NULL);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (title, subtitle));
  gtk_box_append (GTK_BOX (box), header);

  if (changes->len == 0)
    content = g_object_new (ADW_TYPE_STATUS_PAGE,
                            "icon-name", "emblem-ok-symbolic",
                            "title", _("No Differences"),
                            "description", _("Today’s figures are the same as the ones this "
                                             "report used."),
                            "vexpand", TRUE,
                            NULL);
  else
    content = changes_page (changes);
  gtk_widget_set_vexpand (content, TRUE);
  gtk_box_append (GTK_BOX (box), content);
  adw_window_set_content (ADW_WINDOW (window), box);

  return GTK_WINDOW (window);
}
