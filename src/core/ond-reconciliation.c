/* ond-reconciliation.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Begroting reconciled (ond-reconciliation.h): per line and year what was budgeted,
 * committed and spent; per year the lines against the funding and the plan's stated total;
 * the earmarked funding against the lines it may pay for; and the bookings that fit no line
 * or no year. Computed once, in cents, from lists the store hands out; immutable after. The
 * figures are computed from plain rows (OndReconcileBooking): ond_store_reconcile
 * (ond-reconciliation-read.c) reads them straight from the store, ond_reconciliation_new
 * takes them from the OndBookings given.
 */

#define G_LOG_DOMAIN "ond-reconciliation"

#include "config.h"

#include <string.h>

#include "ond-booking.h"
#include "ond-budget-line.h"
#include "ond-funding.h"
#include "ond-plan.h"
#include "ond-reconciliation.h"
#include "ond-reconciliation-private.h"

struct _OndReconciliation
{
  GObject parent_instance;

  int             first_year;
  int             last_year;
  guint           n_years;
  GListModel     *lines;
  /* line id -> index + 1 in @lines */
  GHashTable     *line_index;
  /* n_lines * n_years, line by line */
  OndLineFigures *line_figures;
  OndYearFigures *year_figures;
  GPtrArray      *earmarks;
  GPtrArray      *unmatched;
  GPtrArray      *outside;
};

G_DEFINE_FINAL_TYPE (OndReconciliation, ond_reconciliation, G_TYPE_OBJECT)

static void
earmark_free (gpointer data)
{
  OndEarmarkFigures *earmark = data;

  g_free (earmark->source_label);
  g_free (earmark->earmark);
  g_free (earmark);
}

static void
ond_reconciliation_finalize (GObject *object)
{
  OndReconciliation *self = OND_RECONCILIATION (object);

  g_clear_object (&self->lines);
  g_clear_pointer (&self->line_index, g_hash_table_unref);
  g_clear_pointer (&self->line_figures, g_free);
  g_clear_pointer (&self->year_figures, g_free);
  g_clear_pointer (&self->earmarks, g_ptr_array_unref);
  g_clear_pointer (&self->unmatched, g_ptr_array_unref);
  g_clear_pointer (&self->outside, g_ptr_array_unref);

  G_OBJECT_CLASS (ond_reconciliation_parent_class)->finalize (object);
}

static void
ond_reconciliation_class_init (OndReconciliationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ond_reconciliation_finalize;
}

static void
ond_reconciliation_init (OndReconciliation *self)
{
  self->line_index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->earmarks = g_ptr_array_new_with_free_func (earmark_free);
  self->unmatched = g_ptr_array_new_with_free_func (g_object_unref);
  self->outside = g_ptr_array_new_with_free_func (g_object_unref);
}

/* The figures of the line at @index in @year, or NULL when @year is not one of ours. */
static OndLineFigures *
line_figures_at (OndReconciliation *self,
                 guint              index,
                 int                year)
{
  if (year < self->first_year || year > self->last_year)
    return NULL;
  return &self->line_figures[index * self->n_years + (guint) (year - self->first_year)];
}

/* The index of line @line_id in the lines, or -1 when it is not one of them. */
static int
find_line (OndReconciliation *self,
           gint64             line_id)
{
  gpointer value;

  if (line_id == 0 || !g_hash_table_lookup_extended (self->line_index, &line_id, NULL, &value))
    return -1;
  return GPOINTER_TO_INT (value) - 1;
}

/* Oldest first: by date, then id. */
static int
compare_oldest_first (gconstpointer a,
                      gconstpointer b)
{
  OndBooking *x = *(OndBooking * const *) a;
  OndBooking *y = *(OndBooking * const *) b;
  int by_date = strcmp (ond_booking_get_date (x), ond_booking_get_date (y));

  if (by_date != 0)
    return by_date;
  return (ond_booking_get_id (x) > ond_booking_get_id (y)) -
         (ond_booking_get_id (x) < ond_booking_get_id (y));
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  return compare_oldest_first (b, a);
}

/* compare_oldest_first () for the plain bookings the figures are computed from. */
static int
compare_entries_oldest_first (gconstpointer a,
                              gconstpointer b)
{
  const OndReconcileBooking *x = *(const OndReconcileBooking * const *) a;
  const OndReconcileBooking *y = *(const OndReconcileBooking * const *) b;
  int by_date = strcmp (x->date, y->date);

  if (by_date != 0)
    return by_date;
  return (x->id > y->id) - (x->id < y->id);
}

/* The figures of a booking's line and year, or NULL when it has none: then it goes to
 * @unmatched (no line of ours) or @outside (none of our years). */
static OndLineFigures *
place_booking (OndReconciliation   *self,
               OndReconcileBooking *booking,
               GPtrArray           *unmatched,
               GPtrArray           *outside)
{
  int index = find_line (self, booking->line_id);
  OndLineFigures *figures;

  if (index < 0)
    {
      g_ptr_array_add (unmatched, booking);
      return NULL;
    }
  figures = line_figures_at (self, (guint) index, booking->year);
  if (figures == NULL)
    g_ptr_array_add (outside, booking);
  return figures;
}

/* Spent and committed. Every realisatie with a reference adds to what that reference has
 * realised, whatever its line or date; the verplichtingen with the reference are used up by
 * it oldest first, each at most down to 0. What is left of a commitment counts as
 * committed on its line in its year. The bookings on no line and outside the years go to
 * @unmatched and @outside (OndReconcileBooking *, in the order of @bookings). */
static void
add_bookings (OndReconciliation *self,
              GArray            *bookings,
              GPtrArray         *unmatched,
              GPtrArray         *outside)
{
  /* The keys are the bookings' references, which outlive the table. */
  g_autoptr(GHashTable) realised = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                            g_free);
  g_autoptr(GPtrArray) commitments = g_ptr_array_new ();

  for (guint i = 0; i < bookings->len; i++)
    {
      OndReconcileBooking *booking = &g_array_index (bookings, OndReconcileBooking, i);
      OndLineFigures *figures = place_booking (self, booking, unmatched, outside);
      gint64 *sum;

      if (booking->commitment)
        {
          g_ptr_array_add (commitments, booking);
          continue;
        }
      if (figures != NULL)
        figures->spent += booking->amount;
      if (*booking->reference == '\0')
        continue;
      sum = g_hash_table_lookup (realised, booking->reference);
      if (sum == NULL)
        {
          sum = g_new0 (gint64, 1);
          g_hash_table_insert (realised, (gpointer) booking->reference, sum);
        }
      *sum += booking->amount;
    }

  /* A stable sort: commitments of one date and id (made by hand) stay in the given order. */
  g_ptr_array_sort (commitments, compare_entries_oldest_first);
  for (guint i = 0; i < commitments->len; i++)
    {
      const OndReconcileBooking *booking = g_ptr_array_index (commitments, i);
      gint64 amount = MAX (booking->amount, 0);
      gint64 *left = g_hash_table_lookup (realised, booking->reference);
      int index = find_line (self, booking->line_id);
      OndLineFigures *figures = NULL;

      if (left != NULL && *left > 0)
        {
          gint64 used = MIN (*left, amount);

          *left -= used;
          amount -= used;
        }
      if (index >= 0)
        figures = line_figures_at (self, (guint) index, booking->year);
      if (figures != NULL)
        figures->committed += amount;
    }
}

/* (spent + committed) * 100 / budget, rounded down; -1 without a budget, 0 when credit notes
 * bring the use below 0. */
static int
percent_used (gint64 budget,
              gint64 used)
{
  gint64 percent;

  if (budget <= 0)
    return -1;
  if (used <= 0)
    return 0;
  if (used > G_MAXINT64 / 100)
    return G_MAXINT;
  percent = used * 100 / budget;
  return (int) MIN (percent, (gint64) G_MAXINT);
}

static void
finish_lines (OndReconciliation *self)
{
  guint n_lines = g_list_model_get_n_items (self->lines);

  for (guint i = 0; i < n_lines; i++)
    {
      for (guint y = 0; y < self->n_years; y++)
        {
          OndLineFigures *figures = &self->line_figures[i * self->n_years + y];
          OndYearFigures *year = &self->year_figures[y];
          gint64 used = figures->spent + figures->committed;

          figures->remaining = figures->budget - used;
          figures->percent_used = percent_used (figures->budget, used);
          figures->flags = OND_LINE_FLAG_NONE;
          if (figures->spent > figures->budget)
            figures->flags = OND_LINE_FLAG_OVER_SPENT;
          else if (used > figures->budget)
            figures->flags = OND_LINE_FLAG_OVER_COMMITTED;

          year->lines_total += figures->budget;
          year->spent += figures->spent;
          year->committed += figures->committed;
        }
    }
}

static void
add_funding (OndReconciliation *self,
             GListModel        *funding,
             const gint64      *stated_totals)
{
  guint n_funding = g_list_model_get_n_items (funding);
  guint n_lines = g_list_model_get_n_items (self->lines);

  for (guint i = 0; i < n_funding; i++)
    {
      g_autoptr(OndFunding) item = g_list_model_get_item (funding, i);
      int year = ond_funding_get_year (item);

      if (year >= self->first_year && year <= self->last_year)
        self->year_figures[year - self->first_year].funding_total +=
          ond_funding_get_amount (item);
    }

  for (guint y = 0; y < self->n_years; y++)
    {
      OndYearFigures *year = &self->year_figures[y];

      year->remaining = year->lines_total - year->spent - year->committed;
      year->funding_difference = year->funding_total - year->lines_total;
      year->has_stated_total = stated_totals != NULL && stated_totals[y] >= 0;
      if (year->has_stated_total)
        {
          year->stated_total = stated_totals[y];
          year->stated_vs_lines = year->stated_total - year->lines_total;
          year->stated_vs_funding = year->stated_total - year->funding_total;
        }
    }

  /* Earmarks, by year and then in the funding's order. */
  for (guint y = 0; y < self->n_years; y++)
    {
      int year = self->first_year + (int) y;

      for (guint i = 0; i < n_funding; i++)
        {
          g_autoptr(OndFunding) item = g_list_model_get_item (funding, i);
          OndEarmarkFigures *earmark;
          guint n_eligible;

          ond_funding_get_line_ids (item, &n_eligible);
          if (ond_funding_get_year (item) != year || n_eligible == 0)
            continue;

          earmark = g_new0 (OndEarmarkFigures, 1);
          earmark->funding_id = ond_funding_get_id (item);
          earmark->year = year;
          earmark->source_label = g_strdup (ond_funding_get_source_label (item));
          earmark->earmark = g_strdup (ond_funding_get_earmark (item));
          earmark->amount = ond_funding_get_amount (item);
          for (guint l = 0; l < n_lines; l++)
            {
              g_autoptr(OndBudgetLine) line = g_list_model_get_item (self->lines, l);

              if (ond_funding_may_pay_for (item, ond_budget_line_get_id (line)))
                earmark->eligible_budget += line_figures_at (self, l, year)->budget;
            }
          earmark->difference = earmark->eligible_budget - earmark->amount;
          earmark->flagged = earmark->eligible_budget < earmark->amount;
          g_ptr_array_add (self->earmarks, earmark);
        }
    }
}

OndReconciliation *
_ond_reconciliation_compute (GListModel   *lines,
                             GListModel   *funding,
                             GArray       *bookings,
                             int           first_year,
                             int           last_year,
                             const gint64 *stated_totals,
                             GPtrArray    *unmatched,
                             GPtrArray    *outside)
{
  OndReconciliation *self;
  guint n_lines;

  self = g_object_new (OND_TYPE_RECONCILIATION, NULL);
  self->first_year = first_year;
  self->last_year = last_year;
  self->n_years = (guint) (last_year - first_year + 1);
  self->lines = g_object_ref (lines);
  n_lines = g_list_model_get_n_items (lines);
  self->line_figures = g_new0 (OndLineFigures, MAX (n_lines, 1) * self->n_years);
  self->year_figures = g_new0 (OndYearFigures, self->n_years);

  for (guint y = 0; y < self->n_years; y++)
    self->year_figures[y].year = first_year + (int) y;
  for (guint i = 0; i < n_lines; i++)
    {
      g_autoptr(OndBudgetLine) line = g_list_model_get_item (lines, i);
      gint64 id = ond_budget_line_get_id (line);

      g_hash_table_insert (self->line_index, g_memdup2 (&id, sizeof id),
                           GINT_TO_POINTER ((int) i + 1));
      for (int year = first_year; year <= last_year; year++)
        {
          OndLineFigures *figures = line_figures_at (self, i, year);

          figures->line_id = id;
          figures->year = year;
          figures->budget = ond_budget_line_get_amount (line, year);
        }
    }

  add_bookings (self, bookings, unmatched, outside);
  finish_lines (self);
  add_funding (self, funding, stated_totals);
  return self;
}

void
_ond_reconciliation_list (OndReconciliation *self,
                          GPtrArray         *unmatched,
                          GPtrArray         *outside)
{
  for (guint i = 0; i < unmatched->len; i++)
    g_ptr_array_add (self->unmatched, g_object_ref (g_ptr_array_index (unmatched, i)));
  for (guint i = 0; i < outside->len; i++)
    g_ptr_array_add (self->outside, g_object_ref (g_ptr_array_index (outside, i)));
  g_ptr_array_sort (self->unmatched, compare_newest_first);
  g_ptr_array_sort (self->outside, compare_newest_first);
}

/* The bookings (OndReconcileBooking * whose booking is set) of @plain as OndBookings
 * (transfer none). */
static GPtrArray *
bookings_of (GPtrArray *plain)
{
  GPtrArray *bookings = g_ptr_array_sized_new (plain->len);

  for (guint i = 0; i < plain->len; i++)
    g_ptr_array_add (bookings, ((OndReconcileBooking *) g_ptr_array_index (plain, i))->booking);
  return bookings;
}

/**
 * ond_reconciliation_new:
 * @lines: the plan's #OndBudgetLine<!-- -->s, their amounts with the budget changes
 * @funding: the plan's #OndFunding
 * @bookings: the #OndBooking<!-- -->s: those on the plan's lines and those on no line
 * @first_year: the plan's first year
 * @last_year: the plan's last year
 * @stated_totals: (array) (nullable): the plan's stated total of each year from
 *   @first_year, -1 for none
 *
 * Reconciles the budget by the rules of ond-reconciliation.h.
 *
 * Returns: (transfer full): the reconciliation
 */
OndReconciliation *
ond_reconciliation_new (GListModel   *lines,
                        GListModel   *funding,
                        GListModel   *bookings,
                        int           first_year,
                        int           last_year,
                        const gint64 *stated_totals)
{
  g_autoptr(GArray) plain = NULL;
  g_autoptr(GPtrArray) unmatched = g_ptr_array_new ();
  g_autoptr(GPtrArray) outside = g_ptr_array_new ();
  g_autoptr(GPtrArray) unmatched_bookings = NULL;
  g_autoptr(GPtrArray) outside_bookings = NULL;
  OndReconciliation *self;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (lines), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (funding), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (bookings), NULL);
  g_return_val_if_fail (first_year <= last_year, NULL);

  n = g_list_model_get_n_items (bookings);
  plain = g_array_sized_new (FALSE, TRUE, sizeof (OndReconcileBooking), n);
  for (guint i = 0; i < n; i++)
    {
      /* Its reference is dropped below, once the bookings are reconciled. */
      OndBooking *booking = g_list_model_get_item (bookings, i);
      OndReconcileBooking item = {
        .id = ond_booking_get_id (booking),
        .line_id = ond_booking_get_line_id (booking),
        .amount = ond_booking_get_amount (booking),
        .date = ond_booking_get_date (booking),
        .reference = ond_booking_get_reference (booking),
        .year = ond_booking_get_year (booking),
        .commitment = ond_booking_is_commitment (booking),
        .booking = booking,
      };

      g_array_append_val (plain, item);
    }

  self = _ond_reconciliation_compute (lines, funding, plain, first_year, last_year,
                                      stated_totals, unmatched, outside);
  unmatched_bookings = bookings_of (unmatched);
  outside_bookings = bookings_of (outside);
  _ond_reconciliation_list (self, unmatched_bookings, outside_bookings);

  for (guint i = 0; i < plain->len; i++)
    g_object_unref (g_array_index (plain, OndReconcileBooking, i).booking);
  return self;
}

int
ond_reconciliation_get_first_year (OndReconciliation *self)
{
  g_return_val_if_fail (OND_IS_RECONCILIATION (self), 0);
  return self->first_year;
}

int
ond_reconciliation_get_last_year (OndReconciliation *self)
{
  g_return_val_if_fail (OND_IS_RECONCILIATION (self), 0);
  return self->last_year;
}

/**
 * ond_reconciliation_get_lines:
 * @self: an #OndReconciliation
 *
 * Returns: (transfer none): the #OndBudgetLine<!-- -->s in their order
 */
GListModel *
ond_reconciliation_get_lines (OndReconciliation *self)
{
  g_return_val_if_fail (OND_IS_RECONCILIATION (self), NULL);
  return self->lines;
}

/**
 * ond_reconciliation_get_line:
 * @self: an #OndReconciliation
 * @line_id: a budget line
 * @year: a year
 * @figures: (out caller-allocates): the line's figures of @year
 *
 * Returns: %FALSE when the line or the year is not part of the reconciliation
 */
gboolean
ond_reconciliation_get_line (OndReconciliation *self,
                             gint64             line_id,
                             int                year,
                             OndLineFigures    *figures)
{
  OndLineFigures *found;
  int index;

  g_return_val_if_fail (OND_IS_RECONCILIATION (self), FALSE);
  g_return_val_if_fail (figures != NULL, FALSE);

  index = find_line (self, line_id);
  if (index < 0 || (found = line_figures_at (self, (guint) index, year)) == NULL)
    return FALSE;
  *figures = *found;
  return TRUE;
}

/**
 * ond_reconciliation_get_year:
 * @self: an #OndReconciliation
 * @year: a year
 * @figures: (out caller-allocates): the figures of @year
 *
 * Returns: %FALSE when @year is not part of the reconciliation
 */
gboolean
ond_reconciliation_get_year (OndReconciliation *self,
                             int                year,
                             OndYearFigures    *figures)
{
  g_return_val_if_fail (OND_IS_RECONCILIATION (self), FALSE);
  g_return_val_if_fail (figures != NULL, FALSE);

  if (year < self->first_year || year > self->last_year)
    return FALSE;
  *figures = self->year_figures[year - self->first_year];
  return TRUE;
}

/**
 * ond_reconciliation_get_earmarks:
 * @self: an #OndReconciliation
 *
 * Returns: (transfer none) (element-type OndEarmarkFigures): the earmarked funding, by
 *   year and then in the funding's order
 */
GPtrArray *
ond_reconciliation_get_earmarks (OndReconciliation *self)
{
  g_return_val_if_fail (OND_IS_RECONCILIATION (self), NULL);
  return self->earmarks;
}

/**
 * ond_reconciliation_get_unmatched:
 * @self: an #OndReconciliation
 *
 * Returns: (transfer none) (element-type OndBooking): the bookings on no line of the plan,
 *   newest first
 */
GPtrArray *
ond_reconciliation_get_unmatched (OndReconciliation *self)
{
  g_return_val_if_fail (OND_IS_RECONCILIATION (self), NULL);
  return self->unmatched;
}

/**
 * ond_reconciliation_get_outside:
 * @self: an #OndReconciliation
 *
 * Returns: (transfer none) (element-type OndBooking): the bookings on a line of the plan
 *   dated outside its years, newest first
 */
GPtrArray *
ond_reconciliation_get_outside (OndReconciliation *self)
{
  g_return_val_if_fail (OND_IS_RECONCILIATION (self), NULL);
  return self->outside;
}

/**
 * ond_reconciliation_count_flags:
 * @self: an #OndReconciliation
 *
 * Counts what does not agree: each line and year over its budget (spent or committed),
 * each year whose funding differs from its lines, each difference of a stated total with
 * the lines and with the funding, each earmark its lines cannot use, and each unmatched
 * or outside booking.
 *
 * Returns: the number of flags, 0 when everything agrees
 */
guint
ond_reconciliation_count_flags (OndReconciliation *self)
{
  guint n_lines;
  guint count = 0;

  g_return_val_if_fail (OND_IS_RECONCILIATION (self), 0);

  n_lines = g_list_model_get_n_items (self->lines);
  for (guint i = 0; i < n_lines * self->n_years; i++)
    if (self->line_figures[i].flags != OND_LINE_FLAG_NONE)
      count++;
  for (guint y = 0; y < self->n_years; y++)
    {
      const OndYearFigures *year = &self->year_figures[y];

      if (year->funding_difference != 0)
        count++;
      if (year->has_stated_total && year->stated_vs_lines != 0)
        count++;
      if (year->has_stated_total && year->stated_vs_funding != 0)
        count++;
    }
  for (guint i = 0; i < self->earmarks->len; i++)
    if (((OndEarmarkFigures *) g_ptr_array_index (self->earmarks, i))->flagged)
      count++;
  return count + self->unmatched->len + self->outside->len;
}
