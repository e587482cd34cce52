/* ond-store-seed.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Seeds a new database with the plan of the seed document (ond-seed-data.c): the plan,
 * its pillars, themes, actions, planning, targets and budget, and the partners, the
 * interventie menukaart, the areas and the monitoring figures with their 2022 baseline.
 * Runs inside the transaction of ond_store_open(), so a failure leaves nothing behind.
 * Names in the seed data (partner short names, theme short names, indicator codes, budget
 * line names) are resolved to ids here; an unknown or doubled name is an error.
 */

#define G_LOG_DOMAIN "ond-store-seed"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ond-seed-data.h"
#include "ond-store-private.h"

#define BASELINE_YEAR   2022
#define BASELINE_SOURCE "Uitvoeringsplan ondermijning 2023-2024, hoofdstuk 2"
#define MENUKAART_LETTERS "GPOS"

G_STATIC_ASSERT (sizeof MENUKAART_LETTERS - 1 == G_N_ELEMENTS (ond_seed_menukaart_columns));

typedef struct
{
  OndStore   *store;
  gint64      plan_id;
  GHashTable *pillars;      /* number as string -> gint64 id */
  GHashTable *partners;     /* short name -> gint64 id */
  GHashTable *themes;       /* short name -> gint64 id */
  GHashTable *indicators;   /* code -> gint64 id */
  GHashTable *lines;        /* budget line name -> gint64 id */
} Seed;

static void
seed_clear (Seed *seed)
{
  g_clear_pointer (&seed->pillars, g_hash_table_unref);
  g_clear_pointer (&seed->partners, g_hash_table_unref);
  g_clear_pointer (&seed->themes, g_hash_table_unref);
  g_clear_pointer (&seed->indicators, g_hash_table_unref);
  g_clear_pointer (&seed->lines, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Seed, seed_clear)

static GHashTable *
id_table_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static gboolean
seed_error (GError     **error,
            const char  *format,
            ...) G_GNUC_PRINTF (2, 3);

/* A fault in the built-in seed data, which only a wrong build can have. The detail names the
 * entry for the developer and is not translated; the sentence around it is. */
static gboolean
seed_error (GError     **error,
            const char  *format,
            ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  /* Translators: %s says which entry of the built-in plan is wrong. */
  g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
               _("The built-in plan could not be stored: %s"), detail);
  return FALSE;
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text++)
    {
      if (!g_ascii_isspace (*text))
        return FALSE;
    }
  return TRUE;
}

/* Remembers @id under @name in @table; a name used twice is an error. */
static gboolean
remember_id (GHashTable  *table,
             const char  *what,
             const char  *name,
             gint64       id,
             GError     **error)
{
  if (is_blank (name))
    return seed_error (error, "a %s without a name", what);
  if (g_hash_table_contains (table, name))
    return seed_error (error, "the %s “%s” occurs twice", what, name);
  g_hash_table_insert (table, g_strdup (name), g_memdup2 (&id, sizeof id));
  return TRUE;
}

static gboolean
lookup_id (GHashTable  *table,
           const char  *what,
           const char  *name,
           const char  *used_by,
           gint64      *id,
           GError     **error)
{
  const gint64 *found = name != NULL ? g_hash_table_lookup (table, name) : NULL;

  if (found == NULL)
    return seed_error (error, "unknown %s “%s” (%s)", what, name != NULL ? name : "",
                       used_by);
  *id = *found;
  return TRUE;
}

/* Steps an INSERT … RETURNING id once and reads the new row's id. Resets @stmt. */
static gboolean
insert_returning_id (OndStatement  *stmt,
                     gint64        *id,
                     GError       **error)
{
  gboolean has_row = FALSE;
  gboolean ok;

  ok = ond_statement_step (stmt, &has_row, error);
  if (ok && has_row)
    {
      *id = ond_statement_get_int64 (stmt, 0);
      ok = ond_statement_execute (stmt, error);
    }
  else if (ok)
    {
      ok = seed_error (error, "a row was not stored");
    }
  ond_statement_reset (stmt);
  return ok;
}

static gboolean
execute_and_reset (OndStatement  *stmt,
                   GError       **error)
{
  gboolean ok = ond_statement_execute (stmt, error);

  ond_statement_reset (stmt);
  return ok;
}

/* Whether @code is a row of a vocabulary table; @stmt is "SELECT 1 FROM <table> WHERE
 * code = ?". */
static gboolean
check_code (OndStatement  *stmt,
            const char    *what,
            const char    *code,
            const char    *used_by,
            GError       **error)
{
  gboolean has_row = FALSE;
  gboolean ok;

  if (code == NULL)
    return seed_error (error, "no %s given (%s)", what, used_by);

  ok = ond_statement_bind_text (stmt, 1, code, error) &&
       ond_statement_step (stmt, &has_row, error);
  ond_statement_reset (stmt);
  if (ok && !has_row)
    return seed_error (error, "unknown %s “%s” (%s)", what, code, used_by);
  return ok;
}

static gboolean
year_in_plan (int year)
{
  return year >= ond_seed_plan.first_year && year <= ond_seed_plan.last_year;
}

static gboolean
seed_plan (Seed    *seed,
           GError **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  if (is_blank (ond_seed_plan.title) || ond_seed_plan.first_year > ond_seed_plan.last_year)
    return seed_error (error, "the plan has no title or no valid period");

  stmt = _ond_store_prepare (seed->store,
                             "INSERT INTO plan (title, first_year, last_year, objective, state)"
                             " VALUES (?, ?, ?, ?, 'current') RETURNING id",
                             error);
  return stmt != NULL &&
         ond_statement_bind_text (stmt, 1, ond_seed_plan.title, error) &&
         ond_statement_bind_int64 (stmt, 2, ond_seed_plan.first_year, error) &&
         ond_statement_bind_int64 (stmt, 3, ond_seed_plan.last_year, error) &&
         ond_statement_bind_text (stmt, 4, ond_seed_plan.objective, error) &&
         insert_returning_id (stmt, &seed->plan_id, error);
}

static gboolean
seed_pillars (Seed    *seed,
              GError **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  stmt = _ond_store_prepare (seed->store,
                             "INSERT INTO pillar (plan_id, number, name, objective, description)"
                             " VALUES (?, ?, ?, ?, ?) RETURNING id",
                             error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < ond_seed_n_pillars; i++)
    {
      const OndSeedPillar *p = &ond_seed_pillars[i];
      char number[16];
      gint64 id = 0;

      g_snprintf (number, sizeof number, "%d", p->number);
      if (!ond_statement_bind_int64 (stmt, 1, seed->plan_id, error) ||
          !ond_statement_bind_int64 (stmt, 2, p->number, error) ||
          !ond_statement_bind_text (stmt, 3, p->name, error) ||
          !ond_statement_bind_text (stmt, 4, p->objective != NULL ? p->objective : "", error) ||
          !ond_statement_bind_text (stmt, 5, p->description != NULL ? p->description : "",
                                    error) ||
          !insert_returning_id (stmt, &id, error) ||
          !remember_id (seed->pillars, "pillar", number, id, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
seed_partners (Seed    *seed,
               GError **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(OndStatement) kind = NULL;

  stmt = _ond_store_prepare (seed->store,
                             "INSERT INTO partner (name, short_name, kind, regiegroep, position)"
                             " VALUES (?, ?, ?, ?, ?) RETURNING id",
                             error);
  kind = _ond_store_prepare (seed->store, "SELECT 1 FROM partner_kind WHERE code = ?", error);
  if (stmt == NULL || kind == NULL)
    return FALSE;

  for (guint i = 0; i < ond_seed_n_partners; i++)
    {
      const OndSeedPartner *p = &ond_seed_partners[i];
      gint64 id = 0;

      if (!check_code (kind, "partner kind", p->kind, p->name, error) ||
          !ond_statement_bind_text (stmt, 1, p->name, error) ||
          !ond_statement_bind_text (stmt, 2, p->short_name, error) ||
          !ond_statement_bind_text (stmt, 3, p->kind, error) ||
          !ond_statement_bind_int64 (stmt, 4, p->regiegroep ? 1 : 0, error) ||
          !ond_statement_bind_int64 (stmt, 5, i + 1, error) ||
          !insert_returning_id (stmt, &id, error) ||
          !remember_id (seed->partners, "partner", p->short_name, id, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
seed_themes (Seed    *seed,
             GError **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(OndStatement) owner = NULL;

  stmt = _ond_store_prepare (seed->store,
                             "INSERT INTO theme (plan_id, position, name, short_name, description)"
                             " VALUES (?, ?, ?, ?, ?) RETURNING id",
                             error);
  owner = _ond_store_prepare (seed->store,
                              "INSERT INTO theme_owner (theme_id, partner_id, position)"
                              " VALUES (?, ?, ?)",
                              error);
  if (stmt == NULL || owner == NULL)
    return FALSE;

  for (guint i = 0; i < ond_seed_n_themes; i++)
    {
      const OndSeedTheme *t = &ond_seed_themes[i];
      g_autofree char *used_by = g_strdup_printf ("owner of theme “%s”", t->name);
      gint64 id = 0;

      if (!ond_statement_bind_int64 (stmt, 1, seed->plan_id, error) ||
          !ond_statement_bind_int64 (stmt, 2, i + 1, error) ||
          !ond_statement_bind_text (stmt, 3, t->name, error) ||
          !ond_statement_bind_text (stmt, 4, t->short_name != NULL ? t->short_name : "",
                                    error) ||
          !ond_statement_bind_text (stmt, 5, t->description != NULL ? t->description : "",
                                    error) ||
          !insert_returning_id (stmt, &id, error) ||
          !remember_id (seed->themes, "theme", t->short_name, id, error))
        return FALSE;

      for (guint j = 0; j < G_N_ELEMENTS (t->owners) && t->owners[j] != NULL; j++)
        {
          gint64 partner_id = 0;

          if (!lookup_id (seed->partners, "partner", t->owners[j], used_by, &partner_id,
                          error) ||
              !ond_statement_bind_int64 (owner, 1, id, error) ||
              !ond_statement_bind_int64 (owner, 2, partner_id, error) ||
              !ond_statement_bind_int64 (owner, 3, j + 1, error) ||
              !execute_and_reset (owner, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
seed_actions (Seed    *seed,
              GError **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  stmt = _ond_store_prepare (seed->store,
                             "INSERT INTO action"
                             " (plan_id, pillar_id, theme_id, group_heading, position, text)"
                             " VALUES (?, ?, ?, ?, ?, ?)",
                             error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < ond_seed_n_actions; i++)
    {
      const OndSeedAction *a = &ond_seed_actions[i];
      g_autofree char *used_by = g_strdup_printf ("action %u, “%s”", i + 1,
                                                  a->group_heading != NULL ?
                                                  a->group_heading : "");
      char number[16];
      gint64 pillar_id = 0;
      gint64 theme_id = 0;

      g_snprintf (number, sizeof number, "%d", a->pillar);
      if (is_blank (a->text))
        return seed_error (error, "an action without text (%s)", used_by);
      if (!lookup_id (seed->pillars, "pillar", number, used_by, &pillar_id, error))
        return FALSE;
      if (a->theme != NULL &&
          !lookup_id (seed->themes, "theme", a->theme, used_by, &theme_id, error))
        return FALSE;

      if (!ond_statement_bind_int64 (stmt, 1, seed->plan_id, error) ||
          !ond_statement_bind_int64 (stmt, 2, pillar_id, error) ||
          !ond_statement_bind_id (stmt, 3, theme_id, error) ||
          !ond_statement_bind_text (stmt, 4, a->group_heading != NULL ? a->group_heading : "",
                                    error) ||
          !ond_statement_bind_int64 (stmt, 5, i + 1, error) ||
          !ond_statement_bind_text (stmt, 6, a->text, error) ||
          !execute_and_reset (stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
seed_interventions (Seed    *seed,
                    GError **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(OndStatement) link = NULL;
  gint64 column_ids[G_N_ELEMENTS (ond_seed_menukaart_columns)];

  for (guint c = 0; c < G_N_ELEMENTS (ond_seed_menukaart_columns); c++)
    {
      if (!lookup_id (seed->partners, "partner", ond_seed_menukaart_columns[c],
                      "column of the interventie menukaart", &column_ids[c], error))
        return FALSE;
    }

  stmt = _ond_store_prepare (seed->store,
                             "INSERT INTO intervention (name, position) VALUES (?, ?) RETURNING id",
                             error);
  link = _ond_store_prepare (seed->store,
                             "INSERT INTO intervention_partner (intervention_id, partner_id)"
                             " VALUES (?, ?)",
                             error);
  if (stmt == NULL || link == NULL)
    return FALSE;

  for (guint i = 0; i < ond_seed_n_interventions; i++)
    {
      const OndSeedIntervention *iv = &ond_seed_interventions[i];
      gboolean seen[G_N_ELEMENTS (ond_seed_menukaart_columns)] = { FALSE, };
      gint64 id = 0;

      if (is_blank (iv->name))
        return seed_error (error, "intervention %u has no name", i + 1);
      if (iv->partners == NULL || *iv->partners == '\0')
        return seed_error (error, "no partner can carry out the intervention “%s”",
                           iv->name);

      if (!ond_statement_bind_text (stmt, 1, iv->name, error) ||
          !ond_statement_bind_int64 (stmt, 2, i + 1, error) ||
          !insert_returning_id (stmt, &id, error))
        return FALSE;

      for (const char *l = iv->partners; *l != '\0'; l++)
        {
          const char *column = strchr (MENUKAART_LETTERS, *l);
          gsize c;

          if (column == NULL)
            return seed_error (error, "unknown menukaart column “%c” (intervention “%s”)",
                               *l, iv->name);
          c = (gsize) (column - MENUKAART_LETTERS);
          if (seen[c])
            return seed_error (error, "menukaart column “%c” given twice (intervention “%s”)",
                               *l, iv->name);
          seen[c] = TRUE;

          if (!ond_statement_bind_int64 (link, 1, id, error) ||
              !ond_statement_bind_int64 (link, 2, column_ids[c], error) ||
              !execute_and_reset (link, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
seed_areas (Seed    *seed,
            GError **error)
{
  g_autoptr(OndStatement) stmt = NULL;

  stmt = _ond_store_prepare (seed->store,
                             "INSERT INTO area (name, district, aandachtsgebied, position)"
                             " VALUES (?, ?, ?, ?)",
                             error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < ond_seed_n_areas; i++)
    {
      const OndSeedArea *a = &ond_seed_areas[i];

      if (is_blank (a->name))
        return seed_error (error, "area %u has no name", i + 1);
      if (!ond_statement_bind_text (stmt, 1, a->name, error) ||
          !ond_statement_bind_text (stmt, 2, a->district != NULL ? a->district : "", error) ||
          !ond_statement_bind_int64 (stmt, 3, a->aandachtsgebied ? 1 : 0, error) ||
          !ond_statement_bind_int64 (stmt, 4, i + 1, error) ||
          !execute_and_reset (stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
seed_indicators (Seed    *seed,
                 GError **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(OndStatement) value = NULL;
  g_autoptr(OndStatement) method = NULL;

  stmt = _ond_store_prepare (seed->store,
                             "INSERT INTO indicator (code, name, unit, method, parent_id, position)"
                             " VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                             error);
  value = _ond_store_prepare (seed->store,
                              "INSERT INTO indicator_value (indicator_id, year, value, source)"
                              " VALUES (?, ?, ?, ?)",
                              error);
  method = _ond_store_prepare (seed->store, "SELECT 1 FROM indicator_method WHERE code = ?",
                               error);
  if (stmt == NULL || value == NULL || method == NULL)
    return FALSE;

  for (guint i = 0; i < ond_seed_n_indicators; i++)
    {
      const OndSeedIndicator *ind = &ond_seed_indicators[i];
      g_autofree char *used_by = g_strdup_printf ("indicator “%s”",
                                                  ind->code != NULL ? ind->code : "");
      gint64 parent_id = 0;
      gint64 id = 0;

      /* A parent comes before its parts, so it is known by now. */
      if (ind->parent != NULL &&
          !lookup_id (seed->indicators, "indicator", ind->parent, used_by, &parent_id, error))
        return FALSE;
      if (ind->baseline_2022 < -1)
        return seed_error (error, "a negative baseline (%s)", used_by);

      if (!check_code (method, "indicator method", ind->method, used_by, error) ||
          !ond_statement_bind_text (stmt, 1, ind->code, error) ||
          !ond_statement_bind_text (stmt, 2, ind->name, error) ||
          !ond_statement_bind_text (stmt, 3, ind->unit != NULL ? ind->unit : "", error) ||
          !ond_statement_bind_text (stmt, 4, ind->method, error) ||
          !ond_statement_bind_id (stmt, 5, parent_id, error) ||
          !ond_statement_bind_int64 (stmt, 6, i + 1, error) ||
          !insert_returning_id (stmt, &id, error) ||
          !remember_id (seed->indicators, "indicator", ind->code, id, error))
        return FALSE;

      if (ind->baseline_2022 >= 0 &&
          (!ond_statement_bind_int64 (value, 1, id, error) ||
           !ond_statement_bind_int64 (value, 2, BASELINE_YEAR, error) ||
           !ond_statement_bind_int64 (value, 3, ind->baseline_2022, error) ||
           !ond_statement_bind_text (value, 4, BASELINE_SOURCE, error) ||
           !execute_and_reset (value, error)))
        return FALSE;
    }
  return TRUE;
}

static gboolean
seed_plan_items (Seed    *seed,
                 GError **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(OndStatement) target = NULL;
  g_autoptr(OndStatement) period = NULL;

  stmt = _ond_store_prepare (seed->store,
                             "INSERT INTO plan_item"
                             " (plan_id, year, period, position, what, who, theme_id, recurring)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                             error);
  target = _ond_store_prepare (seed->store,
                               "INSERT INTO target (plan_item_id, indicator_id, description, value)"
                               " VALUES (?, ?, ?, ?)",
                               error);
  period = _ond_store_prepare (seed->store, "SELECT 1 FROM period WHERE code = ?", error);
  if (stmt == NULL || target == NULL || period == NULL)
    return FALSE;

  for (guint i = 0; i < ond_seed_n_plan_items; i++)
    {
      const OndSeedPlanItem *item = &ond_seed_plan_items[i];
      g_autofree char *used_by = g_strdup_printf ("planning %d %s, “%s”", item->year,
                                                  item->period != NULL ? item->period : "",
                                                  item->what != NULL ? item->what : "");
      gint64 theme_id = 0;
      gint64 id = 0;

      if (!year_in_plan (item->year))
        return seed_error (error, "a year outside the plan period (%s)", used_by);
      if (is_blank (item->what))
        return seed_error (error, "a planning row without “what” (%s)", used_by);
      if (item->theme != NULL &&
          !lookup_id (seed->themes, "theme", item->theme, used_by, &theme_id, error))
        return FALSE;

      if (!check_code (period, "period", item->period, used_by, error) ||
          !ond_statement_bind_int64 (stmt, 1, seed->plan_id, error) ||
          !ond_statement_bind_int64 (stmt, 2, item->year, error) ||
          !ond_statement_bind_text (stmt, 3, item->period, error) ||
          !ond_statement_bind_int64 (stmt, 4, i + 1, error) ||
          !ond_statement_bind_text (stmt, 5, item->what, error) ||
          !ond_statement_bind_text (stmt, 6, item->who != NULL ? item->who : "", error) ||
          !ond_statement_bind_id (stmt, 7, theme_id, error) ||
          !ond_statement_bind_int64 (stmt, 8, item->recurring ? 1 : 0, error) ||
          !insert_returning_id (stmt, &id, error))
        return FALSE;

      for (guint j = 0; j < G_N_ELEMENTS (item->targets) && item->targets[j].indicator != NULL;
           j++)
        {
          const OndSeedTarget *t = &item->targets[j];
          gint64 indicator_id = 0;

          if (t->value < 0 || is_blank (t->description))
            return seed_error (error, "a target without description or value (%s)",
                               used_by);
          if (!lookup_id (seed->indicators, "indicator", t->indicator, used_by, &indicator_id,
                          error) ||
              !ond_statement_bind_int64 (target, 1, id, error) ||
              !ond_statement_bind_int64 (target, 2, indicator_id, error) ||
              !ond_statement_bind_text (target, 3, t->description, error) ||
              !ond_statement_bind_int64 (target, 4, t->value, error) ||
              !execute_and_reset (target, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
seed_budget (Seed    *seed,
             GError **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(OndStatement) amount = NULL;
  g_autoptr(OndStatement) total = NULL;

  /* The seed data has a column per year: it must be this plan's period. */
  if (ond_seed_plan.first_year != 2023 || ond_seed_plan.last_year != 2024)
    return seed_error (error, "the budget columns 2023 and 2024 do not match the plan");

  stmt = _ond_store_prepare (seed->store,
                             "INSERT INTO budget_line (plan_id, position, name)"
                             " VALUES (?, ?, ?) RETURNING id",
                             error);
  amount = _ond_store_prepare (seed->store,
                               "INSERT INTO budget_amount (line_id, year, amount_cents)"
                               " VALUES (?, ?, ?)",
                               error);
  total = _ond_store_prepare (seed->store,
                              "INSERT INTO plan_total (plan_id, year, amount_cents)"
                              " VALUES (?, ?, ?)",
                              error);
  if (stmt == NULL || amount == NULL || total == NULL)
    return FALSE;

  for (guint i = 0; i < ond_seed_n_budget_lines; i++)
    {
      const OndSeedBudgetLine *line = &ond_seed_budget_lines[i];
      const gint64 amounts[] = { line->amount_2023, line->amount_2024 };
      gint64 id = 0;

      if (!ond_statement_bind_int64 (stmt, 1, seed->plan_id, error) ||
          !ond_statement_bind_int64 (stmt, 2, i + 1, error) ||
          !ond_statement_bind_text (stmt, 3, line->name, error) ||
          !insert_returning_id (stmt, &id, error) ||
          !remember_id (seed->lines, "budget line", line->name, id, error))
        return FALSE;

      for (guint y = 0; y < G_N_ELEMENTS (amounts); y++)
        {
          if (amounts[y] < 0)
            return seed_error (error, "a negative amount for budget line “%s”", line->name);
          if (!ond_statement_bind_int64 (amount, 1, id, error) ||
              !ond_statement_bind_int64 (amount, 2, 2023 + y, error) ||
              !ond_statement_bind_int64 (amount, 3, amounts[y], error) ||
              !execute_and_reset (amount, error))
            return FALSE;
        }
    }

  for (guint i = 0; i < ond_seed_n_totals; i++)
    {
      const OndSeedTotal *t = &ond_seed_totals[i];

      if (!year_in_plan (t->year) || t->amount < 0)
        return seed_error (error, "a stated total outside the plan period or below zero");
      if (!ond_statement_bind_int64 (total, 1, seed->plan_id, error) ||
          !ond_statement_bind_int64 (total, 2, t->year, error) ||
          !ond_statement_bind_int64 (total, 3, t->amount, error) ||
          !execute_and_reset (total, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
seed_funding (Seed    *seed,
              GError **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(OndStatement) link = NULL;
  g_autoptr(OndStatement) source = NULL;

  stmt = _ond_store_prepare (seed->store,
                             "INSERT INTO funding (plan_id, year, source, amount_cents, earmark)"
                             " VALUES (?, ?, ?, ?, ?) RETURNING id",
                             error);
  link = _ond_store_prepare (seed->store,
                             "INSERT INTO funding_line (funding_id, line_id) VALUES (?, ?)",
                             error);
  source = _ond_store_prepare (seed->store, "SELECT 1 FROM funding_source WHERE code = ?", error);
  if (stmt == NULL || link == NULL || source == NULL)
    return FALSE;

  for (guint i = 0; i < ond_seed_n_funding; i++)
    {
      const OndSeedFunding *f = &ond_seed_funding[i];
      g_autofree char *used_by = g_strdup_printf ("funding %d %s", f->year,
                                                  f->source != NULL ? f->source : "");
      gint64 id = 0;

      if (!year_in_plan (f->year) || f->amount < 0)
        return seed_error (error, "a year outside the plan period or a negative amount (%s)",
                           used_by);
      if (!check_code (source, "funding source", f->source, used_by, error) ||
          !ond_statement_bind_int64 (stmt, 1, seed->plan_id, error) ||
          !ond_statement_bind_int64 (stmt, 2, f->year, error) ||
          !ond_statement_bind_text (stmt, 3, f->source, error) ||
          !ond_statement_bind_int64 (stmt, 4, f->amount, error) ||
          !ond_statement_bind_text (stmt, 5, f->earmark != NULL ? f->earmark : "", error) ||
          !insert_returning_id (stmt, &id, error))
        return FALSE;

      /* No lines listed: the money may pay for any line, and no funding_line rows say so. */
      for (guint j = 0; j < G_N_ELEMENTS (f->lines) && f->lines[j] != NULL; j++)
        {
          gint64 line_id = 0;

          if (!lookup_id (seed->lines, "budget line", f->lines[j], used_by, &line_id, error) ||
              !ond_statement_bind_int64 (link, 1, id, error) ||
              !ond_statement_bind_int64 (link, 2, line_id, error) ||
              !execute_and_reset (link, error))
            return FALSE;
        }
    }
  return TRUE;
}

gboolean
_ond_store_seed (OndStore  *self,
                 GError   **error)
{
  g_auto(Seed) seed = { NULL, };

  g_return_val_if_fail (OND_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  seed.store = self;
  seed.pillars = id_table_new ();
  seed.partners = id_table_new ();
  seed.themes = id_table_new ();
  seed.indicators = id_table_new ();
  seed.lines = id_table_new ();

  /* In dependency order: what a later step names must exist by then. */
  return seed_plan (&seed, error) &&
         seed_pillars (&seed, error) &&
         seed_partners (&seed, error) &&
         seed_themes (&seed, error) &&
         seed_actions (&seed, error) &&
         seed_interventions (&seed, error) &&
         seed_areas (&seed, error) &&
         seed_indicators (&seed, error) &&
         seed_plan_items (&seed, error) &&
         seed_budget (&seed, error) &&
         seed_funding (&seed, error);
}
