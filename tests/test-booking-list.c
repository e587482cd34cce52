/* test-booking-list.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndBookingList, the GListModel of the Begroting's bookings list, on the seeded plan with
 * 1,700 bookings written here with plain SQL (as an import or an older version leaves
 * them: without their search text) and a few through the store: on the plan's lines, on a
 * line with accents in its name, on no line, and on a line of another plan. Every count and
 * order the list gives is checked against the same selection and sort worked out here from
 * the rows the test wrote: the count and the years, each filter, each sort both ways (ties
 * on the id), paging across page boundaries and beyond the cache, the search (every word,
 * anywhere in the date, line, amount as shown, kind, description, reference or supplier,
 * ignoring case and accents; LIKE's % and _ taken literally), reloading after a change, a
 * row that went away, and a read-only file (searched without writing to it).
 */

#define G_LOG_DOMAIN "test-booking-list"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "ond-booking-list.h"
#include "ond-budget-line.h"
#include "ond-pg.h"
#include "ond-plan.h"
#include "ond-store-bookings.h"
#include "ond-test-util.h"
#include "test-case-util.h"

/* Rows written with SQL: more than 16 pages of 64, the cache of the list. */
#define N_SQL_ROWS 1700
#define FIRST_SQL_ID 5001

/* A text as written and as it is found: folded by hand (case and accents). */
typedef struct
{
  const char *text;
  const char *folded;
} Word;

static const Word description_words[] = {
  { "Crème", "creme" },
  { "CAFÉ", "cafe" },
  { "café", "cafe" },
  { "Öztürk", "ozturk" },
  { "naïef", "naief" },
  { "Inzet", "inzet" },
  { "controle", "controle" },
  { "100%", "100%" },
  { "A_B", "a_b" },
  { "AXB", "axb" },
  { "back\\slash", "back\\slash" },
  { "Geëxploiteerd", "geexploiteerd" },
  { "coördinatie", "coordinatie" },
  { "ZOË", "zoe" },
  { "1000", "1000" },
};

static const Word suppliers[] = {
  { "Bureau Helder", "bureau helder" },
  { "Café De Zon", "cafe de zon" },
  { "Financiën BV", "financien bv" },
  { "", "" },
  { "RIEC", "riec" },
  { "bureau helder", "bureau helder" },
};

/* What the test knows of a booking, from what it wrote. */
typedef struct
{
  gint64      id;
  char       *date;         /* ISO */
  int         year;
  gint64      line_id;      /* 0: none */
  const char *line_name;    /* "" for none */
  const char *line_folded;
  gboolean    in_plan;      /* on a line of the plan, or on none */
  gint64      amount;
  const char *kind;
  const char *kind_label;
  char       *description;
  char       *description_folded;
  char       *reference;
  const char *supplier;
  const char *supplier_folded;
  char       *folded;       /* everything the search matches, folded by hand */
} Expected;

typedef struct
{
  Fixture     base;
  gint64      plan_id;
  gint64      other_plan_id;
  gint64      line_ids[16];
  const char *line_names[16];
  char       *line_folded[16];
  guint       n_lines;      /* of the plan, the line with accents last */
  gint64      other_line_id;
  GPtrArray  *rows;         /* Expected * */
} ListFixture;

static void
expected_free (gpointer data)
{
  Expected *e = data;

  g_free (e->date);
  g_free (e->description);
  g_free (e->description_folded);
  g_free (e->reference);
  g_free (e->folded);
  g_free (e);
}

/* The amount as the list shows it, the Dutch way: "€ 1.234,56", "€ -12,50", "€ 17.000". */
static char *
shown_amount (gint64 cents)
{
  GString *out = g_string_new ("€ ");
  guint64 magnitude = cents < 0 ? (guint64) -cents : (guint64) cents;
  g_autofree char *euros = g_strdup_printf ("%" G_GUINT64_FORMAT, magnitude / 100);
  gsize n = strlen (euros);

  if (cents < 0)
    g_string_append_c (out, '-');
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (out, '.');
      g_string_append_c (out, euros[i]);
    }
  if (magnitude % 100 != 0)
    g_string_append_printf (out, ",%02u", (guint) (magnitude % 100));
  return g_string_free (out, FALSE);
}

/* Everything the search matches of @e, folded by hand: the date as shown and as stored, the
 * line, the amount as shown, the kind, description, reference and supplier. */
static void
fold_expected (Expected *e)
{
  g_autofree char *amount = shown_amount (e->amount);
  g_autofree char *kind = g_ascii_strdown (e->kind_label, -1);
  g_autofree char *reference = g_ascii_strdown (e->reference, -1);

  e->folded = g_strdup_printf ("%.2s-%.2s-%.4s %s %s %s %s %s %s %s", e->date + 8, e->date + 5,
                               e->date, e->date, e->line_folded, amount, kind,
                               e->description_folded, reference, e->supplier_folded);
}

static void
list_fixture_set_up (ListFixture   *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPlan) plan = NULL;
  g_autoptr(GListModel) lines = NULL;
  g_autoptr(GString) sql = g_string_new ("BEGIN;");

  fixture_set_up (&f->base, data);
  plan = ond_store_dup_current_plan (f->base.store, &error);
  g_assert_no_error (error);
  f->plan_id = ond_plan_get_id (plan);

  /* The seeded lines (their names are plain ASCII: folded, they are lower case), and a line
   * with accents added here. */
  lines = ond_store_list_budget_lines (f->base.store, f->plan_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (lines), ==, 14);
  for (guint i = 0; i < 14; i++)
    {
      g_autoptr(OndBudgetLine) line = g_list_model_get_item (lines, i);
      const char *name = ond_budget_line_get_name (line);

      for (const char *p = name; *p != '\0'; p++)
        g_assert_true (g_ascii_isprint (*p));
      f->line_ids[i] = ond_budget_line_get_id (line);
      f->line_names[i] = g_intern_string (name);
      f->line_folded[i] = g_ascii_strdown (name, -1);
    }
  g_assert_cmpint (sql_int (f->base.path, "SELECT count(*) FROM budget_line WHERE id = 901",
                           0), ==, 0);
  sql_exec (f->base.path, "INSERT INTO budget_line (id, plan_id, position, name)"
                          " VALUES (901, (SELECT id FROM plan WHERE state = 'current'), 99,"
                          " 'Coördinatie Café Zuid')");
  g_assert_cmpint (sql_int (f->base.path, "SELECT plan_id FROM budget_line WHERE id = 901", 0),
                   ==, f->plan_id);
  f->line_ids[14] = 901;
  f->line_names[14] = "Coördinatie Café Zuid";
  f->line_folded[14] = g_strdup ("coordinatie cafe zuid");
  f->n_lines = 15;

  /* Another plan with a line of its own: its bookings are not the plan's. */
  sql_exec (f->base.path, "INSERT INTO plan (id, title, first_year, last_year, state)"
                          " VALUES (77, 'Uitvoeringsplan 2025-2026', 2025, 2026, 'draft');"
                          "INSERT INTO budget_line (id, plan_id, position, name)"
                          " VALUES (902, 77, 1, 'Inzet elders')");
  f->other_plan_id = 77;
  f->other_line_id = 902;

  f->rows = g_ptr_array_new_with_free_func (expected_free);
  for (guint i = 0; i < N_SQL_ROWS; i++)
    {
      Expected *e = g_new0 (Expected, 1);
      guint line = i % 17;
      const Word *first = &description_words[i % G_N_ELEMENTS (description_words)];
      const Word *second = &description_words[(i / 7) % G_N_ELEMENTS (description_words)];
      const Word *supplier = &suppliers[(i / 3) % G_N_ELEMENTS (suppliers)];
      gboolean commitment = i % 3 == 0;
      g_autofree char *line_sql = NULL;
      char *values;

      e->id = FIRST_SQL_ID + (gint64) i;
      e->year = 2022 + (int) ((i * 7) % 4);
      e->date = g_strdup_printf ("%04d-%02u-%02u", e->year, 1 + (i * 5) % 12, 1 + (i * 11) % 28);
      if (line < f->n_lines)
        {
          e->line_id = f->line_ids[line];
          e->line_name = f->line_names[line];
          e->line_folded = f->line_folded[line];
          e->in_plan = TRUE;
        }
      else if (line == 15)
        {
          e->line_name = e->line_folded = "";
          e->in_plan = TRUE;
        }
      else
        {
          e->line_id = f->other_line_id;
          e->line_name = "Inzet elders";
          e->line_folded = "inzet elders";
        }
      /* Few amounts, so that many tie. A realisatie may be a credit note. */
      e->amount = 125 * (gint64) ((i * 37) % 400) + 1;
      if (!commitment && i % 10 == 1)
        e->amount = -e->amount;
      e->kind = commitment ? "verplichting" : "realisatie";
      e->kind_label = commitment ? "Verplichting" : "Realisatie";
      e->description = g_strdup_printf ("%s %s", first->text, second->text);
      e->description_folded = g_strdup_printf ("%s %s", first->folded, second->folded);
      if (commitment)
        e->reference = g_strdup_printf ("O-%04u", i / 3);
      else if (i % 7 == 0)
        e->reference = g_strdup ("");
      else
        e->reference = g_strdup_printf ("F-%04u", i);
      e->supplier = supplier->text;
      e->supplier_folded = supplier->folded;
      fold_expected (e);
      g_ptr_array_add (f->rows, e);

      line_sql = e->line_id != 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, e->line_id)
                                 : g_strdup ("NULL");
      values = sqlite3_mprintf ("INSERT INTO booking (id, date, line_id, amount_cents, kind,"
                                " description, reference, supplier) VALUES (%lld, %Q, %s, %lld,"
                                " %Q, %Q, %Q, %Q);", (long long) e->id, e->date, line_sql,
                                (long long) e->amount, e->kind, e->description, e->reference,
                                e->supplier);
      g_string_append (sql, values);
      sqlite3_free (values);
    }
  g_string_append (sql, "COMMIT;");
  sql_exec (f->base.path, sql->str);
  g_assert_cmpint (sql_int (f->base.path, "SELECT count(*) FROM booking"
                                          " WHERE search_text IS NULL", 0), ==, N_SQL_ROWS);
}

static void
list_fixture_tear_down (ListFixture   *f,
                        gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (f->line_folded); i++)
    g_free (f->line_folded[i]);
  g_clear_pointer (&f->rows, g_ptr_array_unref);
  fixture_tear_down (&f->base, data);
}

#define LIST_TEST(path, func) \
  g_test_add ((path), ListFixture, NULL, list_fixture_set_up, (func), list_fixture_tear_down)

/* Saves a booking through the store (which keeps its search text) and remembers it. */
static Expected *
save_booking (ListFixture *f,
              guint        line,
              const char  *date,
              gint64       amount,
              const char  *kind,
              const Word  *description,
              const char  *reference,
              const Word  *supplier)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndBooking) booking = NULL;
  Expected *e = g_new0 (Expected, 1);
  gboolean commitment = g_str_equal (kind, "verplichting");

  booking = ond_booking_new (0, date, f->line_ids[line], NULL, amount, kind, NULL,
                             description->text, reference, supplier->text, 0);
  e->id = ond_store_save_booking (f->base.store, f->plan_id, booking, &error);
  g_assert_no_error (error);
  g_assert_cmpint (e->id, >, 0);
  e->date = g_strdup (date);
  e->year = (int) g_ascii_strtoll (date, NULL, 10);
  e->line_id = f->line_ids[line];
  e->line_name = f->line_names[line];
  e->line_folded = f->line_folded[line];
  e->in_plan = TRUE;
  e->amount = amount;
  e->kind = commitment ? "verplichting" : "realisatie";
  e->kind_label = commitment ? "Verplichting" : "Realisatie";
  e->description = g_strdup (description->text);
  e->description_folded = g_strdup (description->folded);
  e->reference = g_strdup (reference);
  e->supplier = supplier->text;
  e->supplier_folded = supplier->folded;
  fold_expected (e);
  g_ptr_array_add (f->rows, e);
  return e;
}

/* Selecting and sorting what the list should show, from what the test wrote. */

typedef struct
{
  gint64          plan_id;
  const char     *kind;
  int             year;
  const char     *words[8];   /* folded by hand; NULL-terminated */
  OndBookingSort  sort;
  gboolean        descending;
} Query;

static gboolean
query_matches (ListFixture *f,
               const Query *q,
               Expected    *e)
{
  gboolean in_plan = q->plan_id == f->plan_id ? e->in_plan
                                              : (e->line_id == 0 ||
                                                 (q->plan_id == f->other_plan_id &&
                                                  e->line_id == f->other_line_id));

  if (!in_plan)
    return FALSE;
  if (q->kind != NULL && !g_str_equal (q->kind, e->kind))
    return FALSE;
  if (q->year != 0 && q->year != e->year)
    return FALSE;
  for (guint i = 0; q->words[i] != NULL; i++)
    if (strstr (e->folded, q->words[i]) == NULL)
      return FALSE;
  return TRUE;
}

static int
compare_keys (const Expected *a,
              const Expected *b,
              OndBookingSort  sort)
{
  switch (sort)
    {
    case OND_BOOKING_SORT_DATE:
      return strcmp (a->date, b->date);
    case OND_BOOKING_SORT_LINE:
      return g_ascii_strcasecmp (a->line_name, b->line_name);
    case OND_BOOKING_SORT_KIND:
      return g_ascii_strcasecmp (a->kind_label, b->kind_label);
    case OND_BOOKING_SORT_AMOUNT:
      return (a->amount > b->amount) - (a->amount < b->amount);
    case OND_BOOKING_SORT_DESCRIPTION:
      return g_ascii_strcasecmp (a->description, b->description);
    case OND_BOOKING_SORT_REFERENCE:
      return g_ascii_strcasecmp (a->reference, b->reference);
    case OND_BOOKING_SORT_SUPPLIER:
      return g_ascii_strcasecmp (a->supplier, b->supplier);
    default:
      g_assert_not_reached ();
    }
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const Query *q = user_data;
  const Expected *x = *(const Expected * const *) a;
  const Expected *y = *(const Expected * const *) b;
  int order = compare_keys (x, y, q->sort);

  /* Texts compare byte by byte with ASCII letters folded: the sign is what counts. */
  order = (order > 0) - (order < 0);
  if (order == 0)
    order = (x->id > y->id) - (x->id < y->id);
  return q->descending ? -order : order;
}

/* The ids the list should show for @q, in order. */
static GArray *
expected_ids (ListFixture *f,
              const Query *q)
{
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < f->rows->len; i++)
    if (query_matches (f, q, g_ptr_array_index (f->rows, i)))
      g_ptr_array_add (shown, g_ptr_array_index (f->rows, i));
  g_ptr_array_sort_with_data (shown, compare_rows, (gpointer) q);
  for (guint i = 0; i < shown->len; i++)
    g_array_append_val (ids, ((Expected *) g_ptr_array_index (shown, i))->id);
  return ids;
}

static Expected *
find_expected (ListFixture *f,
               gint64       id)
{
  for (guint i = 0; i < f->rows->len; i++)
    if (((Expected *) g_ptr_array_index (f->rows, i))->id == id)
      return g_ptr_array_index (f->rows, i);
  return NULL;
}

/* Every item of @list, read in order, is the booking @q should show there, as written. */
static void
assert_list (ListFixture    *f,
             OndBookingList *list,
             const Query    *q)
{
  g_autoptr(GArray) ids = expected_ids (f, q);
  GListModel *model = G_LIST_MODEL (list);

  g_assert_null (ond_booking_list_get_error (list));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, ids->len);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(OndBooking) booking = g_list_model_get_item (model, i);
      Expected *e = find_expected (f, g_array_index (ids, gint64, i));

      g_assert_nonnull (booking);
      g_assert_cmpint (ond_booking_get_id (booking), ==, e->id);
      g_assert_cmpstr (ond_booking_get_date (booking), ==, e->date);
      g_assert_cmpint (ond_booking_get_line_id (booking), ==, e->line_id);
      g_assert_cmpstr (ond_booking_get_line_name (booking), ==, e->line_name);
      g_assert_cmpint (ond_booking_get_amount (booking), ==, e->amount);
      g_assert_cmpstr (ond_booking_get_kind (booking), ==, e->kind);
      g_assert_cmpstr (ond_booking_get_kind_label (booking), ==, e->kind_label);
      g_assert_cmpstr (ond_booking_get_description (booking), ==, e->description);
      g_assert_cmpstr (ond_booking_get_reference (booking), ==, e->reference);
      g_assert_cmpstr (ond_booking_get_supplier (booking), ==, e->supplier);
    }
  g_assert_null (g_list_model_get_item (model, ids->len));
}

/* Counts the items-changed signals, and what the last one said. */
typedef struct
{
  guint n_signals;
  guint position;
  guint removed;
  guint added;
} Changes;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Changes    *changes)
{
  changes->n_signals++;
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
}

/* Tests. */

/* A new list: every booking of the plan, the newest first; the count, the years. */
static void
test_count (ListFixture   *f,
            gconstpointer  data)
{
  g_autoptr(OndBookingList) list = ond_booking_list_new (f->base.store, f->plan_id);
  g_autoptr(OndBookingList) other = NULL;
  Query q = { .plan_id = f->plan_id, .sort = OND_BOOKING_SORT_DATE, .descending = TRUE };
  guint n_plan = 0;
  guint n_years;
  const int *years;

  for (guint i = 0; i < f->rows->len; i++)
    if (((Expected *) g_ptr_array_index (f->rows, i))->in_plan)
      n_plan++;
  /* 16 of every 17 rows: those on the plan's 15 lines and those on no line. */
  g_assert_cmpuint (n_plan, ==, N_SQL_ROWS / 17 * 16);

  g_assert_cmpint (ond_booking_list_get_plan_id (list), ==, f->plan_id);
  g_assert_cmpuint (ond_booking_list_get_n_total (list), ==, n_plan);
  assert_list (f, list, &q);
  years = ond_booking_list_get_years (list, &n_years);
  g_assert_cmpuint (n_years, ==, 4);
  for (guint i = 0; i < n_years; i++)
    g_assert_cmpint (years[i], ==, 2022 + (int) i);

  /* The other plan: its own line's bookings and those on no line. */
  other = ond_booking_list_new (f->base.store, f->other_plan_id);
  q.plan_id = f->other_plan_id;
  assert_list (f, other, &q);
  g_assert_cmpuint (ond_booking_list_get_n_total (other), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (other)));
  g_assert_cmpuint (ond_booking_list_get_n_total (other), ==, N_SQL_ROWS / 17 * 2);
}

/* The kind and year filters, alone and together; one items-changed for the whole list
 * each time; the total stays what the plan has. */
static void
test_filters (ListFixture   *f,
              gconstpointer  data)
{
  g_autoptr(OndBookingList) list = ond_booking_list_new (f->base.store, f->plan_id);
  Query q = { .plan_id = f->plan_id, .sort = OND_BOOKING_SORT_DATE, .descending = TRUE };
  guint total = ond_booking_list_get_n_total (list);
  Changes changes = { 0 };
  guint before;

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &changes);

  before = g_list_model_get_n_items (G_LIST_MODEL (list));
  ond_booking_list_set_kind (list, "verplichting");
  q.kind = "verplichting";
  assert_list (f, list, &q);
  g_assert_cmpuint (changes.n_signals, ==, 1);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, before);
  g_assert_cmpuint (changes.added, ==, g_list_model_get_n_items (G_LIST_MODEL (list)));

  /* The same again: nothing to do. */
  ond_booking_list_set_kind (list, "verplichting");
  g_assert_cmpuint (changes.n_signals, ==, 1);

  ond_booking_list_set_year (list, 2024);
  q.year = 2024;
  assert_list (f, list, &q);
  g_assert_cmpuint (changes.n_signals, ==, 2);

  ond_booking_list_set_kind (list, "realisatie");
  q.kind = "realisatie";
  assert_list (f, list, &q);

  ond_booking_list_set_kind (list, NULL);
  q.kind = NULL;
  assert_list (f, list, &q);

  /* A year without bookings: nothing, and then all of 2023 again. */
  ond_booking_list_set_year (list, 2030);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  ond_booking_list_set_year (list, 2023);
  q.year = 2023;
  assert_list (f, list, &q);

  ond_booking_list_set_kind (list, "");
  ond_booking_list_set_year (list, 0);
  q.year = 0;
  assert_list (f, list, &q);
  g_assert_cmpuint (ond_booking_list_get_n_total (list), ==, total);
}

/* Every column, both ways: the order of the column, ties on the id, descending exactly
 * reversed. With a filter too. */
static void
test_sort (ListFixture   *f,
           gconstpointer  data)
{
  g_autoptr(OndBookingList) list = ond_booking_list_new (f->base.store, f->plan_id);
  Query q = { .plan_id = f->plan_id };

  /* A few saved through the store as well. */
  save_booking (f, 2, "2023-05-05", 125 * 3 + 1, "realisatie", &description_words[0], "f-x",
                &suppliers[1]);
  save_booking (f, 14, "2024-01-31", 77, "verplichting", &description_words[5], "o-x",
                &suppliers[0]);
  ond_booking_list_reload (list);

  for (int sort = OND_BOOKING_SORT_DATE; sort <= OND_BOOKING_SORT_SUPPLIER; sort++)
    for (int descending = 0; descending < 2; descending++)
      {
        g_test_message ("sort %d%s", sort, descending ? " descending" : "");
        ond_booking_list_set_sort (list, (OndBookingSort) sort, descending);
        q.sort = (OndBookingSort) sort;
        q.descending = descending;
        assert_list (f, list, &q);
      }

  ond_booking_list_set_kind (list, "realisatie");
  ond_booking_list_set_year (list, 2022);
  q.kind = "realisatie";
  q.year = 2022;
  for (int sort = OND_BOOKING_SORT_DATE; sort <= OND_BOOKING_SORT_SUPPLIER; sort++)
    {
      ond_booking_list_set_sort (list, (OndBookingSort) sort, sort % 2 == 0);
      q.sort = (OndBookingSort) sort;
      q.descending = sort % 2 == 0;
      assert_list (f, list, &q);
    }
}

/* Items asked for out of order, across the pages of 64 and beyond the 16 pages kept: each
 * is the one at its place. */
static void
test_paging (ListFixture   *f,
             gconstpointer  data)
{
  g_autoptr(OndBookingList) list = ond_booking_list_new (f->base.store, f->plan_id);
  Query q = { .plan_id = f->plan_id, .sort = OND_BOOKING_SORT_AMOUNT, .descending = FALSE };
  g_autoptr(GArray) ids = NULL;
  const guint positions[] = { 0, 63, 64, 65, 127, 128, 1023, 1024, 1025, 0, 64, 1499, 1, 700 };
  guint n;

  ond_booking_list_set_sort (list, OND_BOOKING_SORT_AMOUNT, FALSE);
  ids = expected_ids (f, &q);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (n, ==, ids->len);
  g_assert_cmpuint (n, >, 1100);

  for (guint i = 0; i < G_N_ELEMENTS (positions); i++)
    {
      g_autoptr(OndBooking) booking = g_list_model_get_item (G_LIST_MODEL (list), positions[i]);

      g_assert_cmpint (ond_booking_get_id (booking), ==,
                       g_array_index (ids, gint64, positions[i]));
    }
  /* From the end back to the start: every page read again after the cache let it go. */
  for (guint i = n; i-- > 0;)
    {
      g_autoptr(OndBooking) booking = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert_cmpint (ond_booking_get_id (booking), ==, g_array_index (ids, gint64, i));
    }
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), n));
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), G_MAXUINT));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == OND_TYPE_BOOKING);

  /* Where a booking is, and a booking read whether shown or not. */
  g_assert_cmpuint (ond_booking_list_find (list, g_array_index (ids, gint64, 1024)), ==, 1024);
  ond_booking_list_set_kind (list, "verplichting");
  {
    g_autoptr(GError) error = NULL;
    Expected *spend = g_ptr_array_index (f->rows, 1);
    Expected *elsewhere = g_ptr_array_index (f->rows, 16);
    g_autoptr(OndBooking) found = NULL;
    g_autoptr(OndBooking) not_ours = NULL;

    g_assert_cmpstr (spend->kind, ==, "realisatie");
    g_assert_cmpuint (ond_booking_list_find (list, spend->id), ==, G_MAXUINT);
    found = ond_booking_list_lookup (list, spend->id, &error);
    g_assert_no_error (error);
    g_assert_nonnull (found);
    g_assert_cmpstr (ond_booking_get_description (found), ==, spend->description);
    g_assert_false (elsewhere->in_plan);
    not_ours = ond_booking_list_lookup (list, elsewhere->id, &error);
    g_assert_no_error (error);
    g_assert_null (not_ours);
  }
}

/* Searches, each word to be found somewhere, ignoring case and accents. */
static void
test_search (ListFixture   *f,
             gconstpointer  data)
{
  g_autoptr(OndBookingList) list = ond_booking_list_new (f->base.store, f->plan_id);
  Expected *sample = g_ptr_array_index (f->rows, 41);
  g_autofree char *shown_date = g_strdup_printf ("%.2s-%.2s-%.4s", sample->date + 8,
                                                 sample->date + 5, sample->date);
  g_autofree char *sample_amount = shown_amount (sample->amount);
  static const struct
  {
    const char *typed;
    const char *words[4];
  } searches[] = {
    { "CRÈME", { "creme" } },
    { "cafe", { "cafe" } },
    { "Café", { "cafe" } },
    { "  öztürk   INZET ", { "ozturk", "inzet" } },
    { "100%", { "100%" } },
    { "a_b", { "a_b" } },
    { "back\\slash", { "back\\slash" } },
    { "geëxploiteerd café", { "geexploiteerd", "cafe" } },
    { "ZOË", { "zoe" } },
    { "FINANCIEN", { "financien" } },
    /* The line's name, with accents, and a seeded one. */
    { "coordinatie zuid", { "coordinatie", "zuid" } },
    { "(vik)", { "(vik)" } },
    /* The kind's label. */
    { "Verplichting", { "verplichting" } },
    { "verplichting o-0", { "verplichting", "o-0" } },
    /* The date as shown and as stored, the amount as shown. */
    { "-2023 12-", { "-2023", "12-" } },
    { "2024-03", { "2024-03" } },
    { "zzz-nergens", { NULL } },
  };
  Query q = { .plan_id = f->plan_id, .sort = OND_BOOKING_SORT_DATE, .descending = TRUE };

  /* Saved through the store, with a search text it wrote. */
  save_booking (f, 14, "2024-03-09", 123456, "realisatie", &description_words[11], "EEN-1",
                &suppliers[2]);

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      g_autoptr(GArray) ids = NULL;

      g_test_message ("search “%s”", searches[i].typed);
      ond_booking_list_set_search (list, searches[i].typed);
      memset (q.words, 0, sizeof q.words);
      for (guint w = 0; w < G_N_ELEMENTS (searches[i].words) && searches[i].words[w]; w++)
        q.words[w] = searches[i].words[w];
      if (g_str_equal (searches[i].typed, "zzz-nergens"))
        q.words[0] = "zzz-nergens";
      ids = expected_ids (f, &q);
      /* Each search finds something, except the last. */
      if (q.words[0] != NULL && !g_str_equal (q.words[0], "zzz-nergens"))
        g_assert_cmpuint (ids->len, >, 0);
      assert_list (f, list, &q);
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);

  /* The first search gave every booking written without it its search text. */
  g_assert_cmpint (sql_int (f->base.path, "SELECT count(*) FROM booking"
                                          " WHERE search_text IS NULL", 0), ==, 0);

  /* "a_b" does not find "AXB"; "100%" does not find "1000". */
  ond_booking_list_set_search (list, "a_b");
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(OndBooking) booking = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert_nonnull (strstr (ond_booking_get_description (booking), "A_B"));
    }
  ond_booking_list_set_search (list, "100%");
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(OndBooking) booking = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert_nonnull (strstr (ond_booking_get_description (booking), "100%"));
    }

  /* One booking by its date as shown and its amount as shown; with the filters and a sort. */
  {
    g_auto(GStrv) amount_words = g_strsplit (sample_amount, " ", -1);
    g_autofree char *typed = g_strdup_printf ("%s %s", shown_date, amount_words[1]);

    g_assert_true (sample->in_plan);
    ond_booking_list_set_search (list, typed);
    q.words[0] = shown_date;
    q.words[1] = amount_words[1];
    q.words[2] = NULL;
    assert_list (f, list, &q);
    g_assert_cmpuint (ond_booking_list_find (list, sample->id), !=, G_MAXUINT);

    /* A credit note by its amount as shown: "-" and the euros. */
    for (guint i = 0; i < f->rows->len; i++)
      {
        Expected *e = g_ptr_array_index (f->rows, i);
        g_autofree char *amount = NULL;

        if (!e->in_plan || e->amount >= 0)
          continue;
        amount = shown_amount (e->amount);
        g_assert_true (g_str_has_prefix (amount, "€ -"));
        ond_booking_list_set_search (list, amount);
        q.words[0] = "€";
        q.words[1] = amount + strlen ("€ ");
        assert_list (f, list, &q);
        g_assert_cmpuint (ond_booking_list_find (list, e->id), !=, G_MAXUINT);
        break;
      }

    ond_booking_list_set_search (list, "cafe");
    ond_booking_list_set_kind (list, "realisatie");
    ond_booking_list_set_year (list, 2023);
    ond_booking_list_set_sort (list, OND_BOOKING_SORT_SUPPLIER, TRUE);
    q.words[0] = "cafe";
    q.words[1] = NULL;
    q.kind = "realisatie";
    q.year = 2023;
    q.sort = OND_BOOKING_SORT_SUPPLIER;
    q.descending = TRUE;
    assert_list (f, list, &q);
  }

  /* Blank: everything again. */
  ond_booking_list_set_search (list, "   ");
  ond_booking_list_set_kind (list, NULL);
  ond_booking_list_set_year (list, 0);
  q.words[0] = NULL;
  q.kind = NULL;
  q.year = 0;
  assert_list (f, list, &q);
}

/* The store changed: the list shows it after a reload, with one items-changed; a change of
 * a booking's texts outside the store is searched as it is now. */
static void
test_reload (ListFixture   *f,
             gconstpointer  data)
{
  g_autoptr(OndBookingList) list = ond_booking_list_new (f->base.store, f->plan_id);
  g_autoptr(GError) error = NULL;
  Query q = { .plan_id = f->plan_id, .sort = OND_BOOKING_SORT_DATE, .descending = TRUE };
  Changes changes = { 0 };
  Expected *added;
  Expected *gone = g_ptr_array_index (f->rows, 0);
  gint64 gone_id = gone->id;
  guint before = g_list_model_get_n_items (G_LIST_MODEL (list));
  guint total = ond_booking_list_get_n_total (list);

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &changes);

  /* The newest of all. */
  added = save_booking (f, 3, "2025-12-31", 999, "realisatie", &description_words[3], "NIEUW",
                        &suppliers[4]);
  g_assert_true (ond_store_delete_booking (f->base.store, gone_id, &error));
  g_assert_no_error (error);
  g_ptr_array_remove (f->rows, gone);

  /* Not yet reloaded: as it was. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, before);
  ond_booking_list_reload (list);
  g_assert_cmpuint (changes.n_signals, ==, 1);
  g_assert_cmpuint (changes.removed, ==, before);
  g_assert_cmpuint (changes.added, ==, before);
  g_assert_cmpuint (ond_booking_list_get_n_total (list), ==, total);
  assert_list (f, list, &q);
  g_assert_cmpuint (ond_booking_list_find (list, added->id), ==, 0);
  g_assert_cmpuint (ond_booking_list_find (list, gone_id), ==, G_MAXUINT);

  /* A new year. */
  save_booking (f, 3, "2026-02-02", 1000, "realisatie", &description_words[3], "",
                &suppliers[3]);
  ond_booking_list_reload (list);
  g_assert_cmpuint (ond_booking_list_get_n_total (list), ==, total + 1);
  {
    guint n_years;
    const int *years = ond_booking_list_get_years (list, &n_years);

    g_assert_cmpuint (n_years, ==, 5);
    g_assert_cmpint (years[4], ==, 2026);
  }

  /* Searched, then changed behind the store's back: the search follows the new text. */
  ond_booking_list_set_search (list, "nieuw");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  sql_exec (f->base.path, "UPDATE booking SET reference = 'Anders' WHERE reference = 'NIEUW'");
  ond_booking_list_reload (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  ond_booking_list_set_search (list, "ANDERS");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
}

/* A booking deleted after the ids were listed: its place gives nothing, and the list lists
 * again from the main loop. */
static void
test_gone (ListFixture   *f,
           gconstpointer  data)
{
  g_autoptr(OndBookingList) list = ond_booking_list_new (f->base.store, f->plan_id);
  g_autoptr(GError) error = NULL;
  Query q = { .plan_id = f->plan_id, .sort = OND_BOOKING_SORT_DATE, .descending = TRUE };
  g_autoptr(GArray) ids = expected_ids (f, &q);
  Changes changes = { 0 };
  gint64 id = g_array_index (ids, gint64, 200);
  guint before = g_list_model_get_n_items (G_LIST_MODEL (list));

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &changes);
  g_assert_true (ond_store_delete_booking (f->base.store, id, &error));
  g_assert_no_error (error);
  g_ptr_array_remove (f->rows, find_expected (f, id));

  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 200));
  g_assert_cmpuint (changes.n_signals, ==, 0);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (changes.n_signals, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, before - 1);
  assert_list (f, list, &q);
}

/* A read-only file: listed, filtered, sorted and searched without a byte written; bookings
 * without a search text are found by their texts as stored (case of ASCII letters). */
static void
test_read_only (ListFixture   *f,
                gconstpointer  data)
{
  g_autoptr(OndBookingList) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  Query q = { .plan_id = f->plan_id, .sort = OND_BOOKING_SORT_REFERENCE };

  if (ond_pg_is_uri (f->base.path))
    {
      /* File-only: a server database is read-only through its roles, not a mode bit. */
      g_test_skip ("a read-only file (a server database has no such mode)");
      return;
    }
  g_clear_object (&f->base.store);
  g_assert_cmpint (g_chmod (f->base.path, 0400), ==, 0);
  before = ond_test_file_checksum (f->base.path);
  f->base.store = ond_store_open (f->base.path, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_is_read_only (f->base.store));

  list = ond_booking_list_new (f->base.store, f->plan_id);
  ond_booking_list_set_sort (list, OND_BOOKING_SORT_REFERENCE, FALSE);
  assert_list (f, list, &q);
  ond_booking_list_set_search (list, "BUREAU o-00");
  q.words[0] = "bureau";
  q.words[1] = "o-00";
  assert_list (f, list, &q);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >, 0);
  g_clear_object (&list);

  g_clear_object (&f->base.store);
  after = ond_test_file_checksum (f->base.path);
  g_assert_cmpstr (before, ==, after);
  g_chmod (f->base.path, 0600);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  LIST_TEST ("/ond/booking-list/count", test_count);
  LIST_TEST ("/ond/booking-list/filters", test_filters);
  LIST_TEST ("/ond/booking-list/sort", test_sort);
  LIST_TEST ("/ond/booking-list/paging", test_paging);
  LIST_TEST ("/ond/booking-list/search", test_search);
  LIST_TEST ("/ond/booking-list/reload", test_reload);
  LIST_TEST ("/ond/booking-list/gone", test_gone);
  LIST_TEST ("/ond/booking-list/read-only", test_read_only);

  return g_test_run ();
}
