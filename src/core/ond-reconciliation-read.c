/* ond-reconciliation-read.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* ond_store_reconcile: the inputs of the reconciliation (ond-reconciliation.h) gathered from
 * the store. At 100,000 bookings the bookings are read as plain rows of the few columns the
 * figures need, with one statement (_ond_store_read_reconcile_bookings); only those the
 * reconciliation lists, on no line of the plan or outside its years, are read as OndBookings.
 */

#define G_LOG_DOMAIN "ond-reconciliation"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-booking.h"
#include "ond-plan.h"
#include "ond-reconciliation.h"
#include "ond-reconciliation-private.h"
#include "ond-store-booking-list-private.h"

/* Reads the bookings of @listed (OndReconcileBooking *) of plan @plan_id from @store: a
 * GPtrArray of OndBooking (transfer full), without those deleted meanwhile, or NULL with
 * @error set. */
static GPtrArray *
read_listed (OndStore   *store,
             gint64      plan_id,
             GPtrArray  *listed,
             GError    **error)
{
  g_autoptr(GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), listed->len);
  g_autoptr(GPtrArray) read = NULL;

  for (guint i = 0; i < listed->len; i++)
    g_array_append_val (ids, ((const OndReconcileBooking *) g_ptr_array_index (listed, i))->id);
  read = _ond_store_read_bookings (store, plan_id, (const gint64 *) (gpointer) ids->data,
                                   ids->len, error);
  if (read == NULL)
    return NULL;
  /* Places of bookings deleted meanwhile are NULL. */
  while (g_ptr_array_remove (read, NULL))
    ;
  return g_steal_pointer (&read);
}

/* The plan @plan_id, or NULL with @error set. */
static OndPlan *
find_plan (OndStore  *store,
           gint64     plan_id,
           GError   **error)
{
  g_autoptr(GListModel) plans = ond_store_list_plans (store, error);
  guint n;

  if (plans == NULL)
    return NULL;
  n = g_list_model_get_n_items (plans);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndPlan) plan = g_list_model_get_item (plans, i);

      if (ond_plan_get_id (plan) == plan_id)
        return g_steal_pointer (&plan);
    }
  g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                       _("The plan does not exist."));
  return NULL;
}

/**
 * ond_store_reconcile:
 * @store: an #OndStore
 * @plan_id: the plan
 * @error: return location for an error
 *
 * Reads the plan's budget lines (budget changes included), funding, stated totals and
 * bookings, and reconciles them as ond_reconciliation_new () does. The bookings are read as
 * plain rows of the few columns the figures need; only those listed as unmatched or outside
 * the years become #OndBooking<!-- -->s.
 *
 * Returns: (transfer full): the reconciliation, or %NULL with @error set
 */
OndReconciliation *
ond_store_reconcile (OndStore  *store,
                     gint64     plan_id,
                     GError   **error)
{
  g_autoptr(OndPlan) plan = NULL;
  g_autoptr(GListModel) lines = NULL;
  g_autoptr(GListModel) funding = NULL;
  g_autoptr(GArray) bookings = NULL;
  g_autoptr(GPtrArray) unmatched = g_ptr_array_new ();
  g_autoptr(GPtrArray) outside = g_ptr_array_new ();
  g_autoptr(GPtrArray) unmatched_bookings = NULL;
  g_autoptr(GPtrArray) outside_bookings = NULL;
  g_autoptr(OndReconciliation) rec = NULL;
  g_autoptr(GStringChunk) strings = NULL;
  g_autofree gint64 *stated = NULL;
  int first_year, last_year;

  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  plan = find_plan (store, plan_id, error);
  if (plan == NULL)
    return NULL;
  first_year = ond_plan_get_first_year (plan);
  last_year = ond_plan_get_last_year (plan);
  if (first_year > last_year)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("The plan’s period ends before it begins (%d-%d)."),
                   first_year, last_year);
      return NULL;
    }

  stated = g_new (gint64, last_year - first_year + 1);
  for (int year = first_year; year <= last_year; year++)
    {
      g_autoptr(GError) local_error = NULL;
      gint64 *total = &stated[year - first_year];

      if (!ond_store_get_stated_total (store, plan_id, year, total, &local_error))
        {
          if (!g_error_matches (local_error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }
          *total = -1;
        }
    }

  lines = ond_store_list_budget_lines (store, plan_id, error);
  if (lines == NULL)
    return NULL;
  funding = ond_store_list_funding (store, plan_id, error);
  if (funding == NULL)
    return NULL;
  strings = g_string_chunk_new (64 * 1024);
  bookings = _ond_store_read_reconcile_bookings (store, plan_id, strings, error);
  if (bookings == NULL)
    return NULL;

  rec = _ond_reconciliation_compute (lines, funding, bookings, first_year, last_year, stated,
                                     unmatched, outside);
  unmatched_bookings = read_listed (store, plan_id, unmatched, error);
  if (unmatched_bookings == NULL)
    return NULL;
  outside_bookings = read_listed (store, plan_id, outside, error);
  if (outside_bookings == NULL)
    return NULL;
  _ond_reconciliation_list (rec, unmatched_bookings, outside_bookings);
  return g_steal_pointer (&rec);
}
