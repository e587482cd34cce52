/* ond-report-menu.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The menukaart part of OndReport (ond-report.h): the interventions on the menu (not the
 * retired ones), the partners that carry out at least one of them, in the partners' order,
 * and which partner carries out which intervention. The workbook's Menukaart sheet shows
 * it, and it is kept in the snapshot, so that a recorded workbook is made again as it was.
 */

#define G_LOG_DOMAIN "ond-report"

#include "config.h"

#include "ond-intervention.h"
#include "ond-partner.h"
#include "ond-report-private.h"

gboolean
_ond_report_gather_menu (OndReport  *report,
                         OndStore   *store,
                         GError    **error)
{
  g_autoptr(GListModel) all_interventions = ond_store_list_interventions (store, error);
  g_autoptr(GListModel) all_partners = NULL;
  g_autoptr(GPtrArray) interventions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) partner_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n;

  if (all_interventions == NULL)
    return FALSE;
  all_partners = ond_store_list_partners (store, error);
  if (all_partners == NULL)
    return FALSE;

  n = g_list_model_get_n_items (all_interventions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndIntervention) intervention = g_list_model_get_item (all_interventions, i);

      if (!ond_intervention_get_retired (intervention))
        g_ptr_array_add (interventions, g_steal_pointer (&intervention));
    }

  n = g_list_model_get_n_items (all_partners);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndPartner) partner = g_list_model_get_item (all_partners, i);
      gint64 id = ond_partner_get_id (partner);
      const char *label = ond_partner_get_short_name (partner);
      gboolean occurs = FALSE;

      for (guint j = 0; j < interventions->len && !occurs; j++)
        occurs = ond_intervention_has_partner (g_ptr_array_index (interventions, j), id);
      if (!occurs)
        continue;
      if (label == NULL || *label == '\0')
        label = ond_partner_get_name (partner);
      g_ptr_array_add (report->menu_partners, g_strdup (label));
      g_array_append_val (partner_ids, id);
    }

  for (guint i = 0; i < interventions->len; i++)
    {
      OndIntervention *intervention = g_ptr_array_index (interventions, i);
      OndReportMenuRow *row = _ond_report_menu_row_new ();

      row->name = g_strdup (ond_intervention_get_name (intervention));
      for (guint j = 0; j < partner_ids->len; j++)
        {
          gboolean mark = ond_intervention_has_partner (intervention,
                                                        g_array_index (partner_ids, gint64, j));

          g_array_append_val (row->marks, mark);
        }
      g_ptr_array_add (report->menu, row);
    }
  return TRUE;
}
