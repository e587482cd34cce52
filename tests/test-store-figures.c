/* test-store-figures.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The monitoring figures of the store against counts made here. The test builds
 * registers for 2022-2025 with a fixed-seed PRNG (controls, measures, stop talks,
 * activities, and cases of several sources, areas and statuses, some of them deleted),
 * written with plain SQL, and tallies in plain C arrays what every figure must be: per
 * year, quarter, month and area, Dordt-West's four wijken together, records without an
 * area, and the sums. Then the 2022 baseline against the plan's section 2, the targets of
 * the planning (section 7), hand values and their rules, closing and reopening a year,
 * and the monitoring table's target, status and trend on a fixed day.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ond-pg.h"
#include "ond-store-figures.h"
#include "ond-test-pg.h"
#include "ond-test-util.h"
#include "test-case-util.h"

/* The figures in the seed's order. */
typedef enum
{
  MMA,
  C3,
  PENALTY_ORDERS,
  DRUG_MEASURES,
  DRUG_WARNINGS_SOFT,
  DRUG_CLOSURES_SOFT,
  DRUG_CLOSURES_HARD,
  DRUG_DECISIONS_SOFT,
  DRUG_DECISIONS_HARD,
  CONTROLS,
  CONTROL_BUSINESSES,
  CONTROL_SIGNALS,
  SEX_LICENSED,
  SEX_UNLICENSED,
  LICENCES_REVOKED,
  TRAFFICKING,
  TRAFFICKING_WARNINGS,
  TRAFFICKING_CLOSURES,
  TRAFFICKING_DECISIONS,
  STOP_TALKS,
  STOP_TALKS_MAATWERK,
  DRUG_ACTIONS,
  RESILIENCE_ACTIONS,
  TARGETED_CONTROLS,
  N_CODES,
} Code;

static const struct
{
  const char *code;
  gint64      baseline;   /* section 2 of the plan; -1: not stated */
  int         parent;     /* -1: none */
} codes[N_CODES] = {
  { "mma_reports", 84, -1 },
  { "c3_signals", 11, -1 },
  { "drug_dealing_penalty_orders", 23, -1 },
  { "drug_measures", 21, -1 },
  { "drug_warnings_soft", 5, DRUG_MEASURES },
  { "drug_closures_soft", 9, DRUG_MEASURES },
  { "drug_closures_hard", 5, DRUG_MEASURES },
  { "drug_penalty_decisions_soft", 1, DRUG_MEASURES },
  { "drug_penalty_decisions_hard", 1, DRUG_MEASURES },
  { "integrated_controls", 6, -1 },
  { "integrated_control_businesses", 38, -1 },
  { "integrated_control_signals", 6, -1 },
  { "licensed_sex_work_controls", 6, -1 },
  { "unlicensed_sex_work_controls", 15, -1 },
  { "licences_revoked", 1, -1 },
  { "trafficking_measures", 9, -1 },
  { "trafficking_warnings", 2, TRAFFICKING },
  { "trafficking_closures", 3, TRAFFICKING },
  { "trafficking_penalty_decisions", 4, TRAFFICKING },
  { "stop_talks", -1, -1 },
  { "stop_talks_maatwerk", 4, -1 },
  { "district_drug_actions", -1, -1 },
  { "resilience_actions", -1, -1 },
  { "targeted_trafficking_controls", -1, -1 },
};

/* The seeded areas in their order; the second to the fifth are Dordt-West's wijken. */
static const char * const area_names[] = {
  "Binnenstad", "Crabbehof", "Wielwijk", "Oud-Krispijn", "Nieuw-Krispijn", "Haven",
  "Bedrijventerreinen", "Vakantiepark",
};
#define N_AREAS 8
#define NO_AREA N_AREAS
#define N_SLOTS (N_AREAS + 1)

#define FIRST_YEAR 2022
#define N_YEARS 4          /* 2022..2025 */

typedef enum
{
  REC_CASE,
  REC_CONTROL,
  REC_MEASURE,
  REC_STOP_TALK,
  REC_ACTIVITY,
} RecTable;

typedef struct
{
  RecTable    table;
  gint64      id;
  int         year;
  int         month;
  int         day;
  int         slot;         /* 0..N_AREAS - 1, or NO_AREA */
  const char *kind;         /* case source, control / measure / activity kind */
  const char *domain;       /* measures */
  const char *status;       /* cases */
  int         businesses;
  int         signals;
  gboolean    maatwerk;
  gboolean    deleted;      /* a case hidden by a deletion that can be undone */
} Rec;

typedef struct
{
  gint64 value[N_CODES][N_YEARS][12][N_SLOTS];
  gint64 records[N_CODES][N_YEARS];
} Tally;

static const char * const sources[] = { "mma", "c3", "eigen", "politie", "inwoner", "mma", "c3" };
static const char * const statuses[] = {
  "nieuw", "gewogen", "toegewezen", "interventie", "monitoring", "gesloten", "afgevoerd",
};
static const char * const control_kinds[] = {
  "integraal", "seks_vergund", "seks_onvergund", "dor_dol", "garageboxen", "overig",
};
static const char * const measure_kinds[] = {
  "waarschuwing", "sluiting", "last_onder_dwangsom", "dwangsombesluit",
  "intrekking_vergunning", "overig",
};
static const char * const measure_domains[] = {
  "softdrugs", "harddrugs", "drugsdealen", "mensenhandel", "overig",
};
static const char * const activity_kinds[] = {
  "drugsactie", "weerbaarheidsactie", "bewustwording", "gerichte_controle", "overig",
};

#define PICK(rand, list) ((list)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (list))])

/* ---- Building registers ---- */

static gint64 next_id = 1;

/* A day of @year, or (@year 0) of a year drawn from 2022..2025, most often 2023 or 2024;
 * now and then the first or the last day of the year. */
static void
random_date (GRand *rand,
             int    year,
             Rec   *rec)
{
  int r = g_rand_int_range (rand, 0, 20);
  GDate date;

  rec->year = year != 0 ? year : r == 0 ? 2022 : r == 1 ? 2025 : 2023 + (r & 1);
  g_date_clear (&date, 1);
  switch (g_rand_int_range (rand, 0, 25))
    {
    case 0:
      g_date_set_dmy (&date, 1, G_DATE_JANUARY, rec->year);
      break;
    case 1:
      g_date_set_dmy (&date, 31, G_DATE_DECEMBER, rec->year);
      break;
    default:
      g_date_set_dmy (&date, 1, G_DATE_JANUARY, rec->year);
      g_date_add_days (&date, g_rand_int_range (rand, 0,
                                                g_date_is_leap_year (rec->year) ? 366 : 365));
      break;
    }
  rec->month = g_date_get_month (&date);
  rec->day = g_date_get_day (&date);
}

static Rec
random_rec (GRand    *rand,
            RecTable  table,
            int       year)
{
  Rec rec = { 0 };

  rec.table = table;
  rec.id = next_id++;
  random_date (rand, year, &rec);
  rec.slot = g_rand_int_range (rand, 0, N_SLOTS);
  switch (table)
    {
    case REC_CASE:
      rec.kind = PICK (rand, sources);
      rec.status = PICK (rand, statuses);
      rec.deleted = g_rand_int_range (rand, 0, 8) == 0;
      break;
    case REC_CONTROL:
      rec.kind = PICK (rand, control_kinds);
      rec.businesses = g_rand_int_range (rand, 0, 16);
      rec.signals = g_rand_int_range (rand, 0, rec.businesses + 1);
      break;
    case REC_MEASURE:
      rec.kind = PICK (rand, measure_kinds);
      rec.domain = PICK (rand, measure_domains);
      break;
    case REC_STOP_TALK:
      rec.maatwerk = g_rand_boolean (rand);
      break;
    case REC_ACTIVITY:
      rec.kind = PICK (rand, activity_kinds);
      break;
    default:
      g_assert_not_reached ();
    }
  return rec;
}

/* The SQL that writes @rec, as the register store would, but without it. */
static void
append_insert (GString      *sql,
               const Rec    *rec,
               const gint64  area_ids[N_AREAS])
{
  g_autofree char *area = rec->slot == NO_AREA
                          ? g_strdup ("NULL")
                          : g_strdup_printf ("%" G_GINT64_FORMAT, area_ids[rec->slot]);
  g_autofree char *date = g_strdup_printf ("%04d-%02d-%02d", rec->year, rec->month, rec->day);

  switch (rec->table)
    {
    case REC_CASE:
      g_string_append_printf (sql,
                              "INSERT INTO case_file (id, reference, date_received, source,"
                              " area_id, subject_kind, status, created_at, updated_at,"
                              " deleted_at) VALUES (%" G_GINT64_FORMAT ", '%04d-%04d', '%s',"
                              " '%s', %s, 'persoon', '%s', '%sT09:00:00', '%sT09:00:00', %s);",
                              rec->id, rec->year, (int) (rec->id % 10000), date, rec->kind,
                              area, rec->status, date, date,
                              rec->deleted ? "'2025-06-01T10:00:00'" : "NULL");
      break;
    case REC_CONTROL:
      g_string_append_printf (sql,
                              "INSERT INTO control (id, date, kind, area_id, businesses,"
                              " signals) VALUES (%" G_GINT64_FORMAT ", '%s', '%s', %s, %d,"
                              " %d);",
                              rec->id, date, rec->kind, area, rec->businesses, rec->signals);
      break;
    case REC_MEASURE:
      g_string_append_printf (sql,
                              "INSERT INTO measure (id, date, kind, domain, area_id)"
                              " VALUES (%" G_GINT64_FORMAT ", '%s', '%s', '%s', %s);",
                              rec->id, date, rec->kind, rec->domain, area);
      break;
    case REC_STOP_TALK:
      g_string_append_printf (sql,
                              "INSERT INTO stop_talk (id, date, branch, maatwerk, area_id)"
                              " VALUES (%" G_GINT64_FORMAT ", '%s', 'horeca', %d, %s);",
                              rec->id, date, rec->maatwerk ? 1 : 0, area);
      break;
    case REC_ACTIVITY:
      g_string_append_printf (sql,
                              "INSERT INTO activity (id, date, kind, area_id)"
                              " VALUES (%" G_GINT64_FORMAT ", '%s', '%s', %s);",
                              rec->id, date, rec->kind, area);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
insert_recs (Fixture      *f,
             const Rec    *recs,
             guint         n,
             const gint64  area_ids[N_AREAS])
{
  g_autoptr(GString) sql = g_string_new ("BEGIN;");

  for (guint i = 0; i < n; i++)
    append_insert (sql, &recs[i], area_ids);
  g_string_append (sql, "COMMIT;");
  sql_exec (f->path, sql->str);
}

static void
get_area_ids (Fixture *f,
              gint64   area_ids[N_AREAS])
{
  for (int i = 0; i < N_AREAS; i++)
    area_ids[i] = area_id (f, area_names[i]);
}

/* A few hundred records of every kind, over 2022..2025 (most in 2023 and 2024). */
static GArray *
build_registers (Fixture *f,
                 guint32  seed,
                 const gint64 area_ids[N_AREAS])
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GArray *recs = g_array_new (FALSE, FALSE, sizeof (Rec));
  static const struct { RecTable table; guint n; } amounts[] = {
    { REC_CASE, 400 }, { REC_CONTROL, 300 }, { REC_MEASURE, 500 }, { REC_STOP_TALK, 150 },
    { REC_ACTIVITY, 250 },
  };

  next_id = 1;
  for (guint a = 0; a < G_N_ELEMENTS (amounts); a++)
    {
      for (guint i = 0; i < amounts[a].n; i++)
        {
          Rec rec = random_rec (rand, amounts[a].table, 0);

          g_array_append_val (recs, rec);
        }
    }
  insert_recs (f, (Rec *) recs->data, recs->len, area_ids);
  return recs;
}

/* ---- The count made here ---- */

static void
add (Tally     *t,
     Code       code,
     const Rec *rec,
     gint64     value)
{
  int y = rec->year - FIRST_YEAR;

  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (y, <, N_YEARS);
  t->value[code][y][rec->month - 1][rec->slot] += value;
  t->records[code][y]++;
}

static gboolean
is (const char *a,
    const char *b)
{
  return g_strcmp0 (a, b) == 0;
}

/* What one record adds, written out rule by rule from the plan's figures. */
static void
tally_rec (Tally     *t,
           const Rec *rec)
{
  switch (rec->table)
    {
    case REC_CASE:
      if (rec->deleted)
        return;
      if (is (rec->kind, "mma"))
        add (t, MMA, rec, 1);
      else if (is (rec->kind, "c3"))
        add (t, C3, rec, 1);
      return;

    case REC_CONTROL:
      if (is (rec->kind, "integraal"))
        {
          add (t, CONTROLS, rec, 1);
          add (t, CONTROL_BUSINESSES, rec, rec->businesses);
          add (t, CONTROL_SIGNALS, rec, rec->signals);
        }
      else if (is (rec->kind, "seks_vergund"))
        add (t, SEX_LICENSED, rec, 1);
      else if (is (rec->kind, "seks_onvergund"))
        add (t, SEX_UNLICENSED, rec, 1);
      return;

    case REC_MEASURE:
      if (is (rec->kind, "last_onder_dwangsom") && is (rec->domain, "drugsdealen"))
        add (t, PENALTY_ORDERS, rec, 1);
      if (is (rec->kind, "intrekking_vergunning"))
        add (t, LICENCES_REVOKED, rec, 1);
      if (is (rec->domain, "softdrugs") || is (rec->domain, "harddrugs"))
        {
          gboolean soft = is (rec->domain, "softdrugs");
          int part = -1;

          if (is (rec->kind, "waarschuwing") && soft)
            part = DRUG_WARNINGS_SOFT;
          else if (is (rec->kind, "sluiting"))
            part = soft ? DRUG_CLOSURES_SOFT : DRUG_CLOSURES_HARD;
          else if (is (rec->kind, "dwangsombesluit"))
            part = soft ? DRUG_DECISIONS_SOFT : DRUG_DECISIONS_HARD;
          if (part >= 0)
            {
              add (t, part, rec, 1);
              add (t, DRUG_MEASURES, rec, 1);
            }
        }
      if (is (rec->domain, "mensenhandel"))
        {
          int part = is (rec->kind, "waarschuwing") ? TRAFFICKING_WARNINGS
                     : is (rec->kind, "sluiting") ? TRAFFICKING_CLOSURES
                     : is (rec->kind, "dwangsombesluit") ? TRAFFICKING_DECISIONS : -1;

          if (part >= 0)
            {
              add (t, part, rec, 1);
              add (t, TRAFFICKING, rec, 1);
            }
        }
      return;

    case REC_STOP_TALK:
      add (t, STOP_TALKS, rec, 1);
      if (rec->maatwerk)
        add (t, STOP_TALKS_MAATWERK, rec, 1);
      return;

    case REC_ACTIVITY:
      if (is (rec->kind, "drugsactie"))
        add (t, DRUG_ACTIONS, rec, 1);
      else if (is (rec->kind, "weerbaarheidsactie"))
        add (t, RESILIENCE_ACTIONS, rec, 1);
      else if (is (rec->kind, "gerichte_controle"))
        add (t, TARGETED_CONTROLS, rec, 1);
      return;

    default:
      g_assert_not_reached ();
    }
}

static Tally *
tally (GArray *recs)
{
  Tally *t = g_new0 (Tally, 1);

  for (guint i = 0; i < recs->len; i++)
    tally_rec (t, &g_array_index (recs, Rec, i));
  return t;
}

static gint64
tally_sum (const Tally *t,
           Code         code,
           int          year,
           int          first_month,
           int          last_month,
           int          first_slot,
           int          last_slot)
{
  gint64 sum = 0;

  for (int m = first_month; m <= last_month; m++)
    for (int s = first_slot; s <= last_slot; s++)
      sum += t->value[code][year - FIRST_YEAR][m - 1][s];
  return sum;
}

static gint64
tally_total (const Tally *t,
             Code         code,
             int          year)
{
  return tally_sum (t, code, year, 1, 12, 0, N_SLOTS - 1);
}

/* ---- Reading the store ---- */

static gint64
plan_id (Fixture *f)
{
  return sql_int (f->path, "SELECT id FROM plan ORDER BY id LIMIT 1", 0);
}

static gint64
figure (Fixture         *f,
        Code             code,
        int              year,
        OndFigureOrigin *origin)
{
  g_autoptr(GError) error = NULL;
  gint64 value = -1;

  g_assert_true (ond_store_get_figure (f->store, codes[code].code, year, &value, origin,
                                       &error));
  g_assert_no_error (error);
  return value;
}

/* A checksum of what a figure change may write: the hand values, the frozen values, the
 * close log and the registers. */
static char *
figures_snapshot (Fixture *f)
{
  static const char * const tables[] = {
    "indicator_value", "indicator_frozen", "year_close", "control", "measure", "stop_talk",
    "activity", "case_file",
  };
  g_autoptr(GString) all = g_string_new (NULL);

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autofree char *sql = NULL;
      g_autofree char *rows = NULL;

      /* A fixed order: as written on a file, by the row's whole text on a server. */
      if (ond_pg_is_uri (f->path))
        sql = g_strdup_printf ("SELECT t.* FROM %s t ORDER BY t::text", tables[t]);
      else
        sql = g_strdup_printf ("SELECT * FROM %s ORDER BY rowid", tables[t]);
      rows = sql_rows (f->path, sql);
      g_string_append_printf (all, "[%s]\n%s", tables[t], rows);
    }
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, all->str, all->len);
}

static void
assert_part (GPtrArray  *parts,
             guint       index,
             const char *part,
             gint64      value)
{
  OndFigurePart *p;

  g_assert_cmpuint (index, <, parts->len);
  p = g_ptr_array_index (parts, index);
  g_assert_cmpstr (p->part, ==, part);
  g_assert_cmpint (p->value, ==, value);
}

/* Every part and month of @year of @code against the count made here. */
static void
check_figure_year (Fixture         *f,
                   const Tally     *t,
                   const gint64     area_ids[N_AREAS],
                   Code             code,
                   int              year,
                   OndFigureOrigin  expected_origin)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) parts = NULL;
  OndFigureOrigin origin;
  gint64 months[12];
  gboolean by_month = FALSE;
  guint i = 0;

  g_test_message ("%s %d", codes[code].code, year);
  g_assert_cmpint (figure (f, code, year, &origin), ==, tally_total (t, code, year));
  g_assert_cmpint (origin, ==, expected_origin);

  parts = ond_store_list_figure_parts (f->store, codes[code].code, year, &error);
  g_assert_no_error (error);
  g_assert_nonnull (parts);
  g_assert_cmpuint (parts->len, ==, 1 + 4 + N_AREAS + 1 + 1);
  assert_part (parts, i++, "", tally_total (t, code, year));
  for (int q = 1; q <= 4; q++)
    {
      g_autofree char *name = g_strdup_printf ("Q%d", q);

      assert_part (parts, i++, name,
                   tally_sum (t, code, year, 3 * q - 2, 3 * q, 0, N_SLOTS - 1));
    }
  for (int a = 0; a < N_AREAS; a++)
    {
      g_autofree char *name = g_strdup_printf ("area:%" G_GINT64_FORMAT, area_ids[a]);

      assert_part (parts, i++, name, tally_sum (t, code, year, 1, 12, a, a));
      g_assert_cmpstr (((OndFigurePart *) g_ptr_array_index (parts, i - 1))->label, ==,
                       area_names[a]);
    }
  /* Dordt-West: Crabbehof, Wielwijk, Oud-Krispijn and Nieuw-Krispijn together. */
  assert_part (parts, i++, "district:Dordt-West", tally_sum (t, code, year, 1, 12, 1, 4));
  assert_part (parts, i++, "area:none", tally_sum (t, code, year, 1, 12, NO_AREA, NO_AREA));

  g_assert_true (ond_store_get_figure_months (f->store, codes[code].code, year, months,
                                              &by_month, &error));
  g_assert_no_error (error);
  g_assert_true (by_month);
  for (int m = 1; m <= 12; m++)
    g_assert_cmpint (months[m - 1], ==, tally_sum (t, code, year, m, m, 0, N_SLOTS - 1));
}

static void
check_all_figures (Fixture         *f,
                   const Tally     *t,
                   const gint64     area_ids[N_AREAS],
                   int              year,
                   OndFigureOrigin  origin)
{
  for (int c = 0; c < N_CODES; c++)
    check_figure_year (f, t, area_ids, c, year, origin);
}

/* ---- Tests ---- */

static void
test_counted_figures (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GArray) recs = NULL;
  g_autofree Tally *t = NULL;
  gint64 area_ids[N_AREAS];

  get_area_ids (f, area_ids);
  recs = build_registers (f, 20230401, area_ids);
  t = tally (recs);

  for (int year = 2023; year <= 2025; year++)
    check_all_figures (f, t, area_ids, year, OND_FIGURE_ORIGIN_COUNTED);

  /* The test means something: every figure has records in both years of the plan, in
   * more than one area. */
  for (int c = 0; c < N_CODES; c++)
    for (int year = 2023; year <= 2024; year++)
      {
        g_assert_cmpint (t->records[c][year - FIRST_YEAR], >, 1);
        g_assert_cmpint (tally_total (t, c, year), >, 0);
        g_assert_cmpint (tally_sum (t, c, year, 1, 12, 1, 4), <, tally_total (t, c, year));
      }

  /* The sum rules: the parents equal the sum of their parts in the store. */
  for (int year = 2023; year <= 2024; year++)
    {
      gint64 drugs = 0;
      gint64 trafficking = 0;

      for (int c = 0; c < N_CODES; c++)
        {
          if (codes[c].parent == DRUG_MEASURES)
            drugs += figure (f, c, year, NULL);
          else if (codes[c].parent == TRAFFICKING)
            trafficking += figure (f, c, year, NULL);
        }
      g_assert_cmpint (figure (f, DRUG_MEASURES, year, NULL), ==, drugs);
      g_assert_cmpint (figure (f, TRAFFICKING, year, NULL), ==, trafficking);
    }

  /* 2022 is before the plan: its records do not change the baseline. */
  for (int c = 0; c < N_CODES; c++)
    {
      OndFigureOrigin origin;

      g_assert_cmpint (figure (f, c, 2022, &origin), ==, MAX (codes[c].baseline, 0));
      g_assert_cmpint (origin, ==, codes[c].baseline >= 0 ? OND_FIGURE_ORIGIN_MANUAL
                                                          : OND_FIGURE_ORIGIN_NONE);
    }
}

static void
test_monitoring_table (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) recs = NULL;
  g_autoptr(GListModel) figures = NULL;
  g_autofree Tally *t = NULL;
  gint64 area_ids[N_AREAS];

  get_area_ids (f, area_ids);
  recs = build_registers (f, 7, area_ids);
  t = tally (recs);

  figures = ond_store_list_figures (f->store, plan_id (f), 2024, f->today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (figures), ==, N_CODES);
  for (int c = 0; c < N_CODES; c++)
    {
      g_autoptr(OndFigure) fig = g_list_model_get_item (figures, c);
      gint64 value;

      g_assert_cmpstr (ond_figure_get_code (fig), ==, codes[c].code);
      g_assert_cmpstr (ond_figure_get_parent_code (fig), ==,
                       codes[c].parent >= 0 ? codes[codes[c].parent].code : NULL);
      g_assert_cmpint (ond_figure_get_first_year (fig), ==, 2022);
      g_assert_cmpint (ond_figure_get_last_year (fig), ==, 2024);

      g_assert_cmpint (ond_figure_get_value (fig, 2022, &value), ==, codes[c].baseline >= 0);
      g_assert_cmpint (value, ==, MAX (codes[c].baseline, 0));
      if (codes[c].baseline >= 0)
        {
          g_assert_cmpint (ond_figure_get_origin (fig, 2022), ==, OND_FIGURE_ORIGIN_MANUAL);
          g_assert_cmpstr (ond_figure_get_source (fig, 2022), !=, "");
        }
      for (int year = 2023; year <= 2024; year++)
        {
          g_assert_true (ond_figure_get_value (fig, year, &value));
          g_assert_cmpint (value, ==, tally_total (t, c, year));
          g_assert_cmpint (ond_figure_get_origin (fig, year), ==, OND_FIGURE_ORIGIN_COUNTED);
          g_assert_cmpint (ond_figure_get_uncounted (fig, year), ==, 0);
        }
      for (int year = 2022; year <= 2024; year++)
        g_assert_false (ond_figure_get_sum_mismatch (fig, year));
    }
}

static void
test_baseline (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) parts = NULL;
  gint64 months[12];
  gboolean by_month = TRUE;
  OndFigureOrigin origin;

  /* Section 2 of the plan: 84 MMA signals, 11 in C3, 23 orders for drug dealing, 21 drug
   * measures (5 + 9 + 5 + 1 + 1), 6 integrale controles with 38 businesses and 6 signals,
   * 6 and 15 sex-industry controls, 1 licence revoked, 9 trafficking measures (2 + 3 + 4),
   * and 4 stop talks that led to a maatwerkoplossing. */
  static const gint64 document[N_CODES] = {
    84, 11, 23, 21, 5, 9, 5, 1, 1, 6, 38, 6, 6, 15, 1, 9, 2, 3, 4, -1, 4, -1, -1, -1,
  };

  for (int c = 0; c < N_CODES; c++)
    {
      gint64 value = figure (f, c, 2022, &origin);

      if (document[c] < 0)
        {
          g_assert_cmpint (origin, ==, OND_FIGURE_ORIGIN_NONE);
          g_assert_cmpint (value, ==, 0);
        }
      else
        {
          g_assert_cmpint (origin, ==, OND_FIGURE_ORIGIN_MANUAL);
          g_assert_cmpint (value, ==, document[c]);
        }
    }
  g_assert_cmpint (figure (f, DRUG_MEASURES, 2022, NULL), ==,
                   figure (f, DRUG_WARNINGS_SOFT, 2022, NULL) +
                   figure (f, DRUG_CLOSURES_SOFT, 2022, NULL) +
                   figure (f, DRUG_CLOSURES_HARD, 2022, NULL) +
                   figure (f, DRUG_DECISIONS_SOFT, 2022, NULL) +
                   figure (f, DRUG_DECISIONS_HARD, 2022, NULL));
  g_assert_cmpint (figure (f, TRAFFICKING, 2022, NULL), ==,
                   figure (f, TRAFFICKING_WARNINGS, 2022, NULL) +
                   figure (f, TRAFFICKING_CLOSURES, 2022, NULL) +
                   figure (f, TRAFFICKING_DECISIONS, 2022, NULL));

  /* A hand value has no parts and no months. */
  parts = ond_store_list_figure_parts (f->store, "mma_reports", 2022, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parts->len, ==, 1);
  assert_part (parts, 0, "", 84);
  g_assert_true (ond_store_get_figure_months (f->store, "mma_reports", 2022, months,
                                              &by_month, &error));
  g_assert_no_error (error);
  g_assert_false (by_month);
  for (int m = 0; m < 12; m++)
    g_assert_cmpint (months[m], ==, 0);

  /* An empty year of the plan is counted: 0, with every part. */
  g_assert_cmpint (figure (f, MMA, 2023, &origin), ==, 0);
  g_assert_cmpint (origin, ==, OND_FIGURE_ORIGIN_COUNTED);

  g_assert_false (ond_store_get_figure (f->store, "no_such_figure", 2023, &(gint64) { 0 }, NULL,
                                        &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
}

static void
test_targets (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 plan = plan_id (f);
  /* Section 7: 10 integrale controles of about 8 businesses each per year, 4 drug
   * actions, a resilience action every quarter, two targeted controls in 2023 only. */
  static const struct { Code code; gint64 target_2023; gint64 target_2024; } expected[] = {
    { CONTROLS, 10, 10 },
    { CONTROL_BUSINESSES, 80, 80 },
    { DRUG_ACTIONS, 4, 4 },
    { RESILIENCE_ACTIONS, 4, 4 },
    { TARGETED_CONTROLS, 2, -1 },
  };

  for (int c = 0; c < N_CODES; c++)
    {
      gint64 target_2023 = -1;
      gint64 target_2024 = -1;
      gint64 target;

      for (guint e = 0; e < G_N_ELEMENTS (expected); e++)
        {
          if (expected[e].code == (Code) c)
            {
              target_2023 = expected[e].target_2023;
              target_2024 = expected[e].target_2024;
            }
        }
      g_assert_true (ond_store_get_figure_target (f->store, plan, codes[c].code, 2023, &target,
                                                  &error));
      g_assert_no_error (error);
      g_assert_cmpint (target, ==, target_2023);
      g_assert_true (ond_store_get_figure_target (f->store, plan, codes[c].code, 2024, &target,
                                                  &error));
      g_assert_no_error (error);
      g_assert_cmpint (target, ==, target_2024);
      g_assert_true (ond_store_get_figure_target (f->store, plan, codes[c].code, 2022, &target,
                                                  &error));
      g_assert_cmpint (target, ==, -1);
    }

  g_assert_false (ond_store_get_figure_target (f->store, plan, "no_such_figure", 2023,
                                               &(gint64) { 0 }, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
}

/* Asserts that setting a hand value is refused with @code and writes nothing. */
static void
assert_set_refused (Fixture    *f,
                    const char *figure_code,
                    int         year,
                    gint64      value,
                    const char *source,
                    int         error_code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = figures_snapshot (f);
  g_autofree char *after = NULL;

  g_assert_false (ond_store_set_figure_value (f->store, figure_code, year, value, source,
                                              &error));
  g_assert_error (error, OND_STORE_ERROR, error_code);
  g_test_message ("refused: %s", error->message);
  after = figures_snapshot (f);
  g_assert_cmpstr (before, ==, after);
}

static void
set_value (Fixture    *f,
           const char *figure_code,
           int         year,
           gint64      value,
           const char *source)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ond_store_set_figure_value (f->store, figure_code, year, value, source,
                                             &error));
  g_assert_no_error (error);
}

static OndFigure *
table_figure (Fixture   *f,
              int        report_year,
              GDateTime *today,
              Code       code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) figures = ond_store_list_figures (f->store, plan_id (f), report_year,
                                                          today, &error);

  g_assert_no_error (error);
  g_assert_nonnull (figures);
  return g_list_model_get_item (figures, code);
}

static void
test_hand_values (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndFigure) fig = NULL;
  g_autoptr(GPtrArray) parts = NULL;
  g_autofree char *who = NULL;
  gint64 months[12];
  gboolean by_month = TRUE;
  OndFigureOrigin origin;

  /* Records in 2023: one integrale controle (3 businesses), one soft-drug warning. */
  sql_exec (f->path,
            "INSERT INTO control (date, kind, businesses, signals)"
            "  VALUES ('2023-05-01', 'integraal', 3, 1);"
            "INSERT INTO measure (date, kind, domain) VALUES ('2023-06-01', 'waarschuwing',"
            "  'softdrugs');");

  /* A counted figure can't be overwritten by hand, nor its parent. */
  assert_set_refused (f, "integrated_controls", 2023, 12, "OZHZ", OND_STORE_ERROR_INVALID);
  assert_set_refused (f, "integrated_control_businesses", 2023, 12, "OZHZ",
                      OND_STORE_ERROR_INVALID);
  assert_set_refused (f, "drug_measures", 2023, 12, "Politie", OND_STORE_ERROR_INVALID);
  assert_set_refused (f, "drug_warnings_soft", 2023, 12, "Politie", OND_STORE_ERROR_INVALID);

  /* A control of 2024 that visited no business still counts towards the businesses: its
   * 0 is a counted 0, not an empty year. */
  sql_exec (f->path,
            "INSERT INTO control (date, kind, businesses, signals)"
            "  VALUES ('2024-02-02', 'integraal', 0, 0);");
  assert_set_refused (f, "integrated_control_businesses", 2024, 8, "OZHZ",
                      OND_STORE_ERROR_INVALID);
  assert_set_refused (f, "integrated_control_signals", 2024, 1, "OZHZ",
                      OND_STORE_ERROR_INVALID);

  /* Without a source, negative, too large, an unknown figure, a year out of range. */
  assert_set_refused (f, "stop_talks", 2024, 12, NULL, OND_STORE_ERROR_INVALID);
  assert_set_refused (f, "stop_talks", 2024, 12, "", OND_STORE_ERROR_INVALID);
  assert_set_refused (f, "stop_talks", 2024, 12, "   ", OND_STORE_ERROR_INVALID);
  assert_set_refused (f, "stop_talks", 2024, -1, "Politie", OND_STORE_ERROR_INVALID);
  assert_set_refused (f, "stop_talks", 2024, OND_FIGURE_MAX_VALUE + 1, "Politie",
                      OND_STORE_ERROR_INVALID);
  assert_set_refused (f, "no_such_figure", 2024, 12, "Politie", OND_STORE_ERROR_NOT_FOUND);
  assert_set_refused (f, "stop_talks", 1999, 12, "Politie", OND_STORE_ERROR_INVALID);

  /* Sums must agree: the 2022 baseline has 21 = 5 + 9 + 5 + 1 + 1 and 9 = 2 + 3 + 4. */
  assert_set_refused (f, "drug_warnings_soft", 2022, 6, "Politie", OND_STORE_ERROR_INVALID);
  assert_set_refused (f, "drug_measures", 2022, 22, "Politie", OND_STORE_ERROR_INVALID);
  assert_set_refused (f, "trafficking_closures", 2022, 2, "Politie", OND_STORE_ERROR_INVALID);
  /* The same value again is fine; so is a new total once a part has no hand value. */
  set_value (f, "drug_warnings_soft", 2022, 5, "Politie");
  g_assert_true (ond_store_clear_figure_value (f->store, "drug_penalty_decisions_hard", 2022,
                                               &error));
  g_assert_no_error (error);
  g_assert_cmpint (figure (f, DRUG_DECISIONS_HARD, 2022, &origin), ==, 0);
  g_assert_cmpint (origin, ==, OND_FIGURE_ORIGIN_NONE);
  set_value (f, "drug_measures", 2022, 23, "Politie");
  /* Putting the part back must now add up to 23. */
  assert_set_refused (f, "drug_penalty_decisions_hard", 2022, 1, "Politie",
                      OND_STORE_ERROR_INVALID);
  set_value (f, "drug_penalty_decisions_hard", 2022, 3, "Politie");
  g_assert_cmpint (figure (f, DRUG_MEASURES, 2022, NULL), ==, 23);

  /* An empty year takes a hand value: a partner's total, with its source. */
  set_value (f, "stop_talks", 2024, 12, "  Politie Dordrecht ");
  g_assert_cmpint (figure (f, STOP_TALKS, 2024, &origin), ==, 12);
  g_assert_cmpint (origin, ==, OND_FIGURE_ORIGIN_MANUAL);
  who = sql_text (f->path,
                  "SELECT entered_by || '|' || source FROM indicator_value v"
                  " JOIN indicator i ON i.id = v.indicator_id"
                  " WHERE i.code = 'stop_talks' AND v.year = ?", 2024);
  g_assert_nonnull (who);
  g_assert_true (g_str_has_suffix (who, "|Politie Dordrecht"));
  g_assert_true (g_str_has_prefix (who, ond_test_user_name (f->path)));
  fig = table_figure (f, 2024, f->today, STOP_TALKS);
  g_assert_cmpint (ond_figure_get_uncounted (fig, 2024), ==, 0);
  g_assert_cmpstr (ond_figure_get_source (fig, 2024), ==, "Politie Dordrecht");
  g_clear_object (&fig);

  /* Records added later do not change it: they are reported as uncounted. */
  sql_exec (f->path,
            "INSERT INTO stop_talk (date, maatwerk) VALUES ('2024-02-01', 1), ('2024-03-01', 0),"
            "  ('2024-11-30', 0), ('2023-04-04', 1);");
  g_assert_cmpint (figure (f, STOP_TALKS, 2024, &origin), ==, 12);
  g_assert_cmpint (origin, ==, OND_FIGURE_ORIGIN_MANUAL);
  fig = table_figure (f, 2024, f->today, STOP_TALKS);
  g_assert_cmpint (ond_figure_get_uncounted (fig, 2024), ==, 3);
  g_assert_cmpint (ond_figure_get_uncounted (fig, 2023), ==, 0);
  g_assert_cmpint (ond_figure_get_origin (fig, 2023), ==, OND_FIGURE_ORIGIN_COUNTED);
  g_clear_object (&fig);
  parts = ond_store_list_figure_parts (f->store, "stop_talks", 2024, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parts->len, ==, 1);
  assert_part (parts, 0, "", 12);
  g_assert_true (ond_store_get_figure_months (f->store, "stop_talks", 2024, months, &by_month,
                                              &error));
  g_assert_false (by_month);
  /* Changing it is refused now that records count; clearing it counts them. */
  assert_set_refused (f, "stop_talks", 2024, 13, "Politie", OND_STORE_ERROR_INVALID);
  g_assert_true (ond_store_clear_figure_value (f->store, "stop_talks", 2024, &error));
  g_assert_no_error (error);
  g_assert_cmpint (figure (f, STOP_TALKS, 2024, &origin), ==, 3);
  g_assert_cmpint (origin, ==, OND_FIGURE_ORIGIN_COUNTED);

  /* A part with a hand value in an empty year: the counted parent no longer agrees. */
  set_value (f, "trafficking_warnings", 2024, 4, "Politie");
  fig = table_figure (f, 2024, f->today, TRAFFICKING);
  g_assert_true (ond_figure_get_sum_mismatch (fig, 2024));
  g_assert_false (ond_figure_get_sum_mismatch (fig, 2023));
  g_assert_false (ond_figure_get_sum_mismatch (fig, 2022));
  g_clear_object (&fig);
  /* All parts and the total by hand: they must agree. */
  set_value (f, "trafficking_closures", 2024, 1, "Politie");
  set_value (f, "trafficking_penalty_decisions", 2024, 2, "Politie");
  assert_set_refused (f, "trafficking_measures", 2024, 8, "Politie", OND_STORE_ERROR_INVALID);
  set_value (f, "trafficking_measures", 2024, 7, "Politie");
  fig = table_figure (f, 2024, f->today, TRAFFICKING);
  g_assert_false (ond_figure_get_sum_mismatch (fig, 2024));
  g_clear_object (&fig);

  /* A closed year refuses hand values, and clearing them. */
  g_assert_true (ond_store_close_year (f->store, 2024, f->today, &error));
  g_assert_no_error (error);
  assert_set_refused (f, "trafficking_measures", 2024, 7, "Politie", OND_STORE_ERROR_INVALID);
  assert_set_refused (f, "licences_revoked", 2024, 1, "Politie", OND_STORE_ERROR_INVALID);
  {
    g_autofree char *before = figures_snapshot (f);
    g_autofree char *after = NULL;

    g_assert_false (ond_store_clear_figure_value (f->store, "trafficking_measures", 2024,
                                                  &error));
    g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
    g_clear_error (&error);
    after = figures_snapshot (f);
    g_assert_cmpstr (before, ==, after);
  }
  /* Closing kept the hand values as they were; the counted ones were frozen. */
  g_assert_cmpint (figure (f, TRAFFICKING, 2024, &origin), ==, 7);
  g_assert_cmpint (origin, ==, OND_FIGURE_ORIGIN_MANUAL);
  g_assert_cmpint (figure (f, STOP_TALKS, 2024, &origin), ==, 3);
  g_assert_cmpint (origin, ==, OND_FIGURE_ORIGIN_FROZEN);
}

/* Deletes, hides, moves and adds records of @year, in the database and in @recs. */
static void
change_records (Fixture      *f,
                GArray       *recs,
                int           year,
                const gint64  area_ids[N_AREAS])
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (99);
  g_autoptr(GString) sql = g_string_new ("BEGIN;");
  g_autoptr(GArray) added = g_array_new (FALSE, FALSE, sizeof (Rec));
  static const char * const tables[] = {
    "case_file", "control", "measure", "stop_talk", "activity",
  };
  guint i = 0;

  /* Every other record of @year goes; cases are hidden (deleted, can be undone). */
  while (i < recs->len)
    {
      Rec *rec = &g_array_index (recs, Rec, i);

      if (rec->year == year && rec->id % 2 == 0)
        {
          if (rec->table == REC_CASE)
            {
              g_string_append_printf (sql, "UPDATE case_file SET deleted_at = '2025-06-14'"
                                      " WHERE id = %" G_GINT64_FORMAT ";", rec->id);
              rec->deleted = TRUE;
            }
          else
            {
              g_string_append_printf (sql, "DELETE FROM %s WHERE id = %" G_GINT64_FORMAT ";",
                                      tables[rec->table], rec->id);
              g_array_remove_index (recs, i);
              continue;
            }
        }
      /* Others move to another area. */
      else if (rec->year == year && rec->table != REC_CASE && rec->id % 3 == 0)
        {
          g_autofree char *area = NULL;

          rec->slot = (rec->slot + 1) % N_SLOTS;
          area = rec->slot == NO_AREA
                 ? g_strdup ("NULL")
                 : g_strdup_printf ("%" G_GINT64_FORMAT, area_ids[rec->slot]);
          g_string_append_printf (sql, "UPDATE %s SET area_id = %s WHERE id = %"
                                  G_GINT64_FORMAT ";",
                                  tables[rec->table], area, rec->id);
        }
      i++;
    }
  g_string_append (sql, "COMMIT;");
  sql_exec (f->path, sql->str);

  /* And new ones of every kind. */
  for (int n = 0; n < 200; n++)
    {
      Rec rec = random_rec (rand, (RecTable) (n % 5), year);

      rec.id += 100000;
      g_array_append_val (added, rec);
    }
  insert_recs (f, (Rec *) added->data, added->len, area_ids);
  g_array_append_vals (recs, added->data, added->len);
}

static gboolean
tallies_differ (const Tally *a,
                const Tally *b,
                Code         code,
                int          year)
{
  return memcmp (a->value[code][year - FIRST_YEAR], b->value[code][year - FIRST_YEAR],
                 sizeof a->value[code][year - FIRST_YEAR]) != 0;
}

static void
test_close_year (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) recs = NULL;
  g_autoptr(GPtrArray) closes = NULL;
  g_autoptr(GDateTime) last_day_2023 = g_date_time_new_local (2023, 12, 31, 23, 0, 0);
  g_autoptr(GDateTime) new_year_2024 = g_date_time_new_local (2024, 1, 1, 8, 0, 0);
  g_autofree Tally *before = NULL;
  g_autofree Tally *after = NULL;
  g_autofree char *snap = NULL;
  g_autofree char *snap_after = NULL;
  gint64 area_ids[N_AREAS];
  gboolean closed = TRUE;
  int n_changed = 0;

  get_area_ids (f, area_ids);
  recs = build_registers (f, 4242, area_ids);
  before = tally (recs);

  /* A year that has not ended can't be closed. */
  snap = figures_snapshot (f);
  g_assert_false (ond_store_close_year (f->store, 2023, last_day_2023, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ond_store_close_year (f->store, 2025, f->today, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  snap_after = figures_snapshot (f);
  g_assert_cmpstr (snap, ==, snap_after);
  g_clear_pointer (&snap, g_free);
  g_clear_pointer (&snap_after, g_free);
  g_assert_true (ond_store_is_year_closed (f->store, 2023, &closed, &error));
  g_assert_false (closed);

  /* From 1 January on it can; only once. */
  g_assert_true (ond_store_close_year (f->store, 2023, new_year_2024, &error));
  g_assert_no_error (error);
  g_assert_true (ond_store_is_year_closed (f->store, 2023, &closed, &error));
  g_assert_true (closed);
  g_assert_true (ond_store_is_year_closed (f->store, 2024, &closed, &error));
  g_assert_false (closed);
  snap = figures_snapshot (f);
  g_assert_false (ond_store_close_year (f->store, 2023, f->today, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  snap_after = figures_snapshot (f);
  g_assert_cmpstr (snap, ==, snap_after);
  g_clear_pointer (&snap, g_free);
  g_clear_pointer (&snap_after, g_free);

  /* Records of 2023 (and 2024) are deleted, moved and added afterwards. */
  change_records (f, recs, 2023, area_ids);
  change_records (f, recs, 2024, area_ids);
  after = tally (recs);
  for (int c = 0; c < N_CODES; c++)
    n_changed += tallies_differ (before, after, c, 2023);
  g_assert_cmpint (n_changed, ==, N_CODES);

  /* 2023 reads as it was closed: every figure, part and month; 2024 follows the records. */
  check_all_figures (f, before, area_ids, 2023, OND_FIGURE_ORIGIN_FROZEN);
  check_all_figures (f, after, area_ids, 2024, OND_FIGURE_ORIGIN_COUNTED);

  /* Reopening needs a reason, and a closed year. */
  snap = figures_snapshot (f);
  g_assert_false (ond_store_reopen_year (f->store, 2023, NULL, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ond_store_reopen_year (f->store, 2023, "  ", &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ond_store_reopen_year (f->store, 2024, "Correctie", &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  snap_after = figures_snapshot (f);
  g_assert_cmpstr (snap, ==, snap_after);
  check_all_figures (f, before, area_ids, 2023, OND_FIGURE_ORIGIN_FROZEN);

  /* With a reason, the figures follow the records again. */
  g_assert_true (ond_store_reopen_year (f->store, 2023, "Controles van OZHZ nagekomen",
                                        &error));
  g_assert_no_error (error);
  g_assert_true (ond_store_is_year_closed (f->store, 2023, &closed, &error));
  g_assert_false (closed);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM indicator_frozen WHERE year = ?",
                            2023), ==, 0);
  check_all_figures (f, after, area_ids, 2023, OND_FIGURE_ORIGIN_COUNTED);

  /* Closed again, it freezes the new state. */
  g_assert_true (ond_store_close_year (f->store, 2023, f->today, &error));
  g_assert_no_error (error);
  check_all_figures (f, after, area_ids, 2023, OND_FIGURE_ORIGIN_FROZEN);

  /* The history: every close and reopen, oldest first, with who and the reason. */
  closes = ond_store_list_year_closes (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (closes->len, ==, 3);
  for (guint i = 0; i < closes->len; i++)
    {
      OndYearClose *entry = g_ptr_array_index (closes, i);

      g_assert_cmpint (entry->year, ==, 2023);
      g_assert_cmpstr (entry->action, ==, i == 1 ? "reopen" : "close");
      g_assert_cmpstr (entry->reason, ==, i == 1 ? "Controles van OZHZ nagekomen" : "");
      g_assert_cmpstr (entry->who, ==, ond_test_user_name (f->path));
      g_assert_true (g_regex_match_simple ("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d$",
                                           entry->at, 0, 0));
    }
}

static void
test_table_status (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) figures = NULL;
  g_autoptr(GDateTime) mid_2024 = g_date_time_new_local (2024, 7, 1, 12, 0, 0);
  static const struct
  {
    Code            code;
    gint64          value_2024;
    gint64          target;
    double          due;
    OndFigureStatus status;
    OndFigureTrend  trend;
  } expected[] = {
    /* 4 of 10 controls, 5 due (80 %); 10 in 2023 count as 5 by 1 July: down. */
    { CONTROLS, 4, 10, 5.0, OND_FIGURE_STATUS_BEHIND, OND_FIGURE_TREND_DOWN },
    /* 36 of 80 businesses, 40 due (90 %); 66 in 2023 count as 33: up. */
    { CONTROL_BUSINESSES, 36, 80, 40.0, OND_FIGURE_STATUS_ON_TRACK, OND_FIGURE_TREND_UP },
    /* No drug action yet, 2 due; none in 2023 either: equal. */
    { DRUG_ACTIONS, 0, 4, 2.0, OND_FIGURE_STATUS_FAR_BEHIND, OND_FIGURE_TREND_EQUAL },
    /* 2 of 4 resilience actions, 2 due; 4 in 2023 count as 2: equal. */
    { RESILIENCE_ACTIONS, 2, 4, 2.0, OND_FIGURE_STATUS_ON_TRACK, OND_FIGURE_TREND_EQUAL },
    /* Targeted controls have a target in 2023 only. */
    { TARGETED_CONTROLS, 1, -1, 0.0, OND_FIGURE_STATUS_NONE, OND_FIGURE_TREND_UP },
    /* 3 MMA signals against 2 in 2023 (1 by 1 July): up; no target. */
    { MMA, 3, -1, 0.0, OND_FIGURE_STATUS_NONE, OND_FIGURE_TREND_UP },
  };
  GString *sql = g_string_new ("BEGIN;");
  g_autofree char *sql_text_all = NULL;

  /* 2023: 10 integrale controles with 66 businesses, 4 resilience actions, 1 targeted
   * control, 2 MMA signals (and a deleted one). */
  for (int i = 0; i < 10; i++)
    g_string_append_printf (sql, "INSERT INTO control (date, kind, businesses, signals)"
                            " VALUES ('2023-%02d-10', 'integraal', %d, 0);",
                            i + 1, i < 6 ? 7 : 6);
  for (int i = 0; i < 4; i++)
    g_string_append_printf (sql, "INSERT INTO activity (date, kind)"
                            " VALUES ('2023-%02d-01', 'weerbaarheidsactie');", 3 * i + 1);
  g_string_append (sql,
                   "INSERT INTO activity (date, kind) VALUES ('2023-09-09', 'gerichte_controle');"
                   "INSERT INTO case_file (reference, date_received, source, subject_kind,"
                   "  created_at, updated_at) VALUES"
                   "  ('2023-0001', '2023-02-01', 'mma', 'persoon', 'x', 'x'),"
                   "  ('2023-0002', '2023-08-01', 'mma', 'persoon', 'x', 'x');"
                   "INSERT INTO case_file (reference, date_received, source, subject_kind,"
                   "  created_at, updated_at, deleted_at) VALUES"
                   "  ('2023-0003', '2023-08-02', 'mma', 'persoon', 'x', 'x', 'x');");
  /* 2024, by 1 July: 4 controls with 36 businesses, 2 resilience actions, a targeted
   * control, 3 MMA signals. */
  for (int i = 0; i < 4; i++)
    g_string_append_printf (sql, "INSERT INTO control (date, kind, businesses, signals)"
                            " VALUES ('2024-0%d-15', 'integraal', 9, 1);", i + 1);
  g_string_append (sql,
                   "INSERT INTO activity (date, kind) VALUES ('2024-01-20', 'weerbaarheidsactie'),"
                   "  ('2024-04-20', 'weerbaarheidsactie'), ('2024-05-05', 'gerichte_controle');"
                   "INSERT INTO case_file (reference, date_received, source, subject_kind,"
                   "  created_at, updated_at) VALUES"
                   "  ('2024-0001', '2024-01-01', 'mma', 'persoon', 'x', 'x'),"
                   "  ('2024-0002', '2024-03-01', 'mma', 'persoon', 'x', 'x'),"
                   "  ('2024-0003', '2024-07-01', 'mma', 'persoon', 'x', 'x');"
                   "COMMIT;");
  sql_text_all = g_string_free (sql, FALSE);
  sql_exec (f->path, sql_text_all);

  figures = ond_store_list_figures (f->store, plan_id (f), 2024, mid_2024, &error);
  g_assert_no_error (error);
  for (guint e = 0; e < G_N_ELEMENTS (expected); e++)
    {
      g_autoptr(OndFigure) fig = g_list_model_get_item (figures, expected[e].code);
      gint64 value;
      gint64 target;
      int status;

      g_test_message ("%s", codes[expected[e].code].code);
      g_assert_cmpint (ond_figure_get_report_year (fig), ==, 2024);
      g_assert_true (ond_figure_get_value (fig, 2024, &value));
      g_assert_cmpint (value, ==, expected[e].value_2024);
      g_assert_cmpint (ond_figure_get_target (fig), ==, expected[e].target);
      g_assert_cmpfloat_with_epsilon (ond_figure_get_target_to_date (fig), expected[e].due,
                                      1e-9);
      g_assert_cmpint (ond_figure_get_status (fig), ==, expected[e].status);
      g_assert_cmpint (ond_figure_get_trend (fig), ==, expected[e].trend);
      g_object_get (fig, "status", &status, "target", &target, NULL);
      g_assert_cmpint (status, ==, expected[e].status);
      g_assert_cmpint (target, ==, expected[e].target);
    }
  g_clear_object (&figures);

  /* Reporting on 2023 after it ended: the whole targets. 10 of 10 controls, 66 of 80
   * businesses (82 %), 1 of 2 targeted controls (50 %), no drug action of 4. */
  figures = ond_store_list_figures (f->store, plan_id (f), 2023, f->today, &error);
  g_assert_no_error (error);
  {
    static const struct { Code code; gint64 target; OndFigureStatus status; } whole[] = {
      { CONTROLS, 10, OND_FIGURE_STATUS_ON_TRACK },
      { CONTROL_BUSINESSES, 80, OND_FIGURE_STATUS_BEHIND },
      { TARGETED_CONTROLS, 2, OND_FIGURE_STATUS_FAR_BEHIND },
      { DRUG_ACTIONS, 4, OND_FIGURE_STATUS_FAR_BEHIND },
      { RESILIENCE_ACTIONS, 4, OND_FIGURE_STATUS_ON_TRACK },
    };

    for (guint e = 0; e < G_N_ELEMENTS (whole); e++)
      {
        g_autoptr(OndFigure) fig = g_list_model_get_item (figures, whole[e].code);

        g_assert_cmpint (ond_figure_get_target (fig), ==, whole[e].target);
        g_assert_cmpfloat (ond_figure_get_target_to_date (fig), ==, (double) whole[e].target);
        g_assert_cmpint (ond_figure_get_status (fig), ==, whole[e].status);
        /* Against the 2022 baseline (6 controls, 38 businesses) or no baseline. */
        if (whole[e].code == CONTROLS || whole[e].code == CONTROL_BUSINESSES)
          g_assert_cmpint (ond_figure_get_trend (fig), ==, OND_FIGURE_TREND_UP);
        else
          g_assert_cmpint (ond_figure_get_trend (fig), ==, OND_FIGURE_TREND_UNKNOWN);
      }
  }

  /* An unknown plan. */
  g_assert_null (ond_store_list_figures (f->store, 9999, 2024, f->today, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
}

/* A read-only file: the figures can be read, but no hand value, close or reopen is
 * written, and the file stays as it was. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) figures = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_local (2025, 6, 15, 12, 0, 0);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 value = -1;
  OndFigureOrigin origin = OND_FIGURE_ORIGIN_NONE;

  /* A file's permission: file-only (a server says who may write with its roles). */
  if (ond_pg_is_uri (f->path))
    {
      g_test_skip ("A read-only file is file-only");
      return;
    }
  g_clear_object (&f->store);
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  before = ond_test_file_checksum (f->path);
  f->store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_is_read_only (f->store));

  g_assert_true (ond_store_get_figure (f->store, "mma_reports", 2022, &value, &origin, &error));
  g_assert_no_error (error);
  g_assert_cmpint (value, ==, 84);
  g_assert_cmpint (origin, ==, OND_FIGURE_ORIGIN_MANUAL);
  figures = ond_store_list_figures (f->store, 1, 2024, today, &error);
  g_assert_no_error (error);
  g_assert_nonnull (figures);

  g_assert_false (ond_store_set_figure_value (f->store, "stop_talks", 2024, 3, "Politie",
                                              &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (ond_store_clear_figure_value (f->store, "mma_reports", 2022, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (ond_store_close_year (f->store, 2023, today, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (ond_store_reopen_year (f->store, 2023, "Correctie", &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_clear_object (&f->store);
  after = ond_test_file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
  g_chmod (f->path, 0600);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/store-figures/counted", test_counted_figures);
  ADD_TEST ("/ond/store-figures/table", test_monitoring_table);
  ADD_TEST ("/ond/store-figures/baseline", test_baseline);
  ADD_TEST ("/ond/store-figures/targets", test_targets);
  ADD_TEST ("/ond/store-figures/hand-values", test_hand_values);
  ADD_TEST ("/ond/store-figures/close-year", test_close_year);
  ADD_TEST ("/ond/store-figures/table-status", test_table_status);
  ADD_TEST ("/ond/store-figures/read-only", test_read_only);

  return g_test_run ();
}
