/* ond-store-figure-count.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Counting the monitoring figures from the registers and the cases: the counting table
 * (which records each figure counts), the count of one year per month and per area, the
 * parts made from it (quarters, months, areas, districts), and the reads the other
 * figure files share (indicators, areas, the counting start).
 */

#define G_LOG_DOMAIN "ond-store-figure-count"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ond-store-figures-private.h"

typedef enum
{
  FROM_CASES,         /* cases by date received, hidden (deleted) ones left out */
  FROM_CONTROLS,
  FROM_MEASURES,
  FROM_STOP_TALKS,
  FROM_ACTIVITIES,
  FROM_PARTS,         /* the sum of the figure's parts (indicator.parent_id) */
} RuleFrom;

typedef struct
{
  const char *code;      /* indicator code */
  RuleFrom    from;
  const char *kind;      /* case source, control kind, measure kind, activity kind */
  const char *detail;    /* measures: the domain ("" any); controls: "businesses" or
                          * "signals" to add those up ("" counts the controls) */
  gboolean    maatwerk;  /* stop talks: only those that led to a maatwerkoplossing */
} FigureRule;

/* Which records each figure counts. */
static const FigureRule rules[] = {
  { "mma_reports", FROM_CASES, "mma", "", FALSE },
  { "c3_signals", FROM_CASES, "c3", "", FALSE },
  { "drug_dealing_penalty_orders", FROM_MEASURES, "last_onder_dwangsom", "drugsdealen", FALSE },
  { "drug_measures", FROM_PARTS, "", "", FALSE },
  { "drug_warnings_soft", FROM_MEASURES, "waarschuwing", "softdrugs", FALSE },
  { "drug_closures_soft", FROM_MEASURES, "sluiting", "softdrugs", FALSE },
  { "drug_closures_hard", FROM_MEASURES, "sluiting", "harddrugs", FALSE },
  { "drug_penalty_decisions_soft", FROM_MEASURES, "dwangsombesluit", "softdrugs", FALSE },
  { "drug_penalty_decisions_hard", FROM_MEASURES, "dwangsombesluit", "harddrugs", FALSE },
  { "integrated_controls", FROM_CONTROLS, "integraal", "", FALSE },
  { "integrated_control_businesses", FROM_CONTROLS, "integraal", "businesses", FALSE },
  { "integrated_control_signals", FROM_CONTROLS, "integraal", "signals", FALSE },
  { "licensed_sex_work_controls", FROM_CONTROLS, "seks_vergund", "", FALSE },
  { "unlicensed_sex_work_controls", FROM_CONTROLS, "seks_onvergund", "", FALSE },
  { "licences_revoked", FROM_MEASURES, "intrekking_vergunning", "", FALSE },
  { "trafficking_measures", FROM_PARTS, "", "", FALSE },
  { "trafficking_warnings", FROM_MEASURES, "waarschuwing", "mensenhandel", FALSE },
  { "trafficking_closures", FROM_MEASURES, "sluiting", "mensenhandel", FALSE },
  { "trafficking_penalty_decisions", FROM_MEASURES, "dwangsombesluit", "mensenhandel", FALSE },
  { "stop_talks", FROM_STOP_TALKS, "", "", FALSE },
  { "stop_talks_maatwerk", FROM_STOP_TALKS, "", "", TRUE },
  { "district_drug_actions", FROM_ACTIVITIES, "drugsactie", "", FALSE },
  { "resilience_actions", FROM_ACTIVITIES, "weerbaarheidsactie", "", FALSE },
  { "targeted_trafficking_controls", FROM_ACTIVITIES, "gerichte_controle", "", FALSE },
};

/* The count of one year per month and area. Each statement selects (month 1-12, area id
 * or NULL, records, value) and takes ?1 and ?2, the first and last day of the year. */
#define MONTH_OF(column) "CAST(substr(" column ", 6, 2) AS INTEGER)"

static const char cases_sql[] =
  "SELECT " MONTH_OF ("date_received") ", area_id, COUNT(*), COUNT(*) FROM case_file"
  " WHERE deleted_at IS NULL AND date_received BETWEEN ?1 AND ?2 AND source = ?3"
  " GROUP BY 1, 2";
/* ?4: "businesses" or "signals" adds those up; anything else counts the controls. */
static const char controls_sql[] =
  "SELECT " MONTH_OF ("date") ", area_id, COUNT(*),"
  "  SUM(CASE ?4 WHEN 'businesses' THEN businesses WHEN 'signals' THEN signals ELSE 1 END)"
  " FROM control WHERE date BETWEEN ?1 AND ?2 AND kind = ?3 GROUP BY 1, 2";
/* ?4: the domain, or "" for any domain. */
static const char measures_sql[] =
  "SELECT " MONTH_OF ("date") ", area_id, COUNT(*), COUNT(*) FROM measure"
  " WHERE date BETWEEN ?1 AND ?2 AND kind = ?3 AND (?4 = '' OR domain = ?4)"
  " GROUP BY 1, 2";
/* ?3: 1 for the talks with a maatwerkoplossing only, 0 for all. */
static const char stop_talks_sql[] =
  "SELECT " MONTH_OF ("date") ", area_id, COUNT(*), COUNT(*) FROM stop_talk"
  " WHERE date BETWEEN ?1 AND ?2 AND maatwerk >= ?3 GROUP BY 1, 2";
static const char activities_sql[] =
  "SELECT " MONTH_OF ("date") ", area_id, COUNT(*), COUNT(*) FROM activity"
  " WHERE date BETWEEN ?1 AND ?2 AND kind = ?3 GROUP BY 1, 2";

static const char * const month_names[12] = {
  "januari", "februari", "maart", "april", "mei", "juni",
  "juli", "augustus", "september", "oktober", "november", "december",
};

static const FigureRule *
find_rule (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      if (g_strcmp0 (rules[i].code, code) == 0)
        return &rules[i];
    }
  return NULL;
}

const char *
_ond_figure_case_source_indicator (const char *source)
{
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      if (rules[i].from == FROM_CASES && g_strcmp0 (rules[i].kind, source) == 0)
        return rules[i].code;
    }
  return NULL;
}

gboolean
_ond_figure_check_year (int       year,
                        GError  **error)
{
  if (year < 2000 || year > 2100)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("%d is not a year the figures can be kept for."), year);
      return FALSE;
    }
  return TRUE;
}

void
_ond_figure_indicator_free (OndFigureIndicator *self)
{
  if (self == NULL)
    return;

  g_free (self->code);
  g_free (self->name);
  g_free (self->unit);
  g_free (self->method);
  g_free (self->parent_code);
  g_free (self);
}

void
_ond_figure_area_free (OndFigureArea *self)
{
  if (self == NULL)
    return;

  g_free (self->name);
  g_free (self->district);
  g_free (self);
}

void
_ond_figure_count_clear (OndFigureCount *self)
{
  g_clear_pointer (&self->areas, g_array_unref);
  memset (self, 0, sizeof *self);
}

#define INDICATOR_SELECT \
  "SELECT i.id, i.code, i.name, i.unit, i.method, i.parent_id, p.code" \
  " FROM indicator i LEFT JOIN indicator p ON p.id = i.parent_id"

static OndFigureIndicator *
read_indicator_row (OndStatement *stmt)
{
  OndFigureIndicator *self = g_new0 (OndFigureIndicator, 1);

  self->id = ond_statement_get_int64 (stmt, 0);
  self->code = g_strdup (ond_statement_get_text (stmt, 1));
  self->name = g_strdup (ond_statement_get_text (stmt, 2));
  self->unit = g_strdup (ond_statement_get_text (stmt, 3));
  self->method = g_strdup (ond_statement_get_text (stmt, 4));
  self->parent_id = ond_statement_get_is_null (stmt, 5) ? 0 : ond_statement_get_int64 (stmt, 5);
  self->parent_code = ond_statement_get_is_null (stmt, 6)
                      ? NULL : g_strdup (ond_statement_get_text (stmt, 6));
  return self;
}

OndFigureIndicator *
_ond_store_find_indicator (OndStore    *self,
                           const char  *code,
                           GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  stmt = _ond_store_prepare (self, INDICATOR_SELECT " WHERE i.code = ?", error);
  if (stmt == NULL ||
      !ond_statement_bind_text (stmt, 1, code != NULL ? code : "", error) ||
      !ond_statement_step (stmt, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND,
                   _("There is no figure with the code “%s”"), code != NULL ? code : "");
      return NULL;
    }
  return read_indicator_row (stmt);
}

/* Every indicator, or (when @parent_id is not 0) the parts of @parent_id. */
static GPtrArray *
list_indicators (OndStore  *self,
                 gint64     parent_id,
                 GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gboolean has_row;
  gboolean ok;

  stmt = _ond_store_prepare (self,
                             parent_id != 0
                             ? INDICATOR_SELECT " WHERE i.parent_id = ? ORDER BY i.position, i.id"
                             : INDICATOR_SELECT " ORDER BY i.position, i.id",
                             error);
  if (stmt == NULL ||
      (parent_id != 0 && !ond_statement_bind_int64 (stmt, 1, parent_id, error)))
    return NULL;

  list = g_ptr_array_new_with_free_func ((GDestroyNotify) _ond_figure_indicator_free);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    g_ptr_array_add (list, read_indicator_row (stmt));
  if (!ok)
    return NULL;
  return g_steal_pointer (&list);
}

GPtrArray *
_ond_store_list_figure_indicators (OndStore  *self,
                                   GError   **error)
{
  return list_indicators (self, 0, error);
}

GPtrArray *
_ond_store_list_figure_areas (OndStore  *self,
                              GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autoptr(GPtrArray) areas = NULL;
  gboolean has_row;
  gboolean ok;

  stmt = _ond_store_prepare (self, "SELECT id, name, district FROM area ORDER BY position, id",
                             error);
  if (stmt == NULL)
    return NULL;

  areas = g_ptr_array_new_with_free_func ((GDestroyNotify) _ond_figure_area_free);
  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    {
      OndFigureArea *area = g_new0 (OndFigureArea, 1);

      area->id = ond_statement_get_int64 (stmt, 0);
      area->name = g_strdup (ond_statement_get_text (stmt, 1));
      area->district = g_strstrip (g_strdup (ond_statement_get_text (stmt, 2)));
      g_ptr_array_add (areas, area);
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&areas);
}

gboolean
_ond_store_figure_counting_start (OndStore  *self,
                                  int       *year,
                                  GError   **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row;

  *year = G_MAXINT;
  stmt = _ond_store_prepare (self, "SELECT MIN(first_year) FROM plan", error);
  if (stmt == NULL || !ond_statement_step (stmt, &has_row, error))
    return FALSE;
  if (has_row && !ond_statement_get_is_null (stmt, 0))
    *year = (int) ond_statement_get_int64 (stmt, 0);
  return TRUE;
}

static void
add_to_area (OndFigureCount *count,
             gint64          area_id,
             gint64          value)
{
  OndFigureAreaValue added;

  for (guint i = 0; i < count->areas->len; i++)
    {
      OndFigureAreaValue *v = &g_array_index (count->areas, OndFigureAreaValue, i);

      if (v->area_id == area_id)
        {
          v->value += value;
          return;
        }
    }
  added.area_id = area_id;
  added.value = value;
  g_array_append_val (count->areas, added);
}

/* Adds one row (month, area id, records, value) to @count. */
static void
add_row (OndFigureCount *count,
         gint64          month,
         gboolean        has_area,
         gint64          area_id,
         gint64          records,
         gint64          value)
{
  g_return_if_fail (month >= 1 && month <= 12);

  count->records += records;
  count->total += value;
  count->months[month - 1] += value;
  if (has_area)
    add_to_area (count, area_id, value);
  else
    count->no_area += value;
}

static gboolean
count_records (OndStore          *self,
               const FigureRule  *rule,
               int                year,
               OndFigureCount    *count,
               GError           **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  g_autofree char *first = g_strdup_printf ("%04d-01-01", year);
  g_autofree char *last = g_strdup_printf ("%04d-12-31", year);
  const char *sql = NULL;
  gboolean has_row;
  gboolean ok;

  switch (rule->from)
    {
    case FROM_CASES:
      sql = cases_sql;
      break;
    case FROM_CONTROLS:
      sql = controls_sql;
      break;
    case FROM_MEASURES:
      sql = measures_sql;
      break;
    case FROM_STOP_TALKS:
      sql = stop_talks_sql;
      break;
    case FROM_ACTIVITIES:
      sql = activities_sql;
      break;
    case FROM_PARTS:
    default:
      g_return_val_if_reached (FALSE);
    }

  stmt = _ond_store_prepare (self, sql, error);
  if (stmt == NULL ||
      !ond_statement_bind_text (stmt, 1, first, error) ||
      !ond_statement_bind_text (stmt, 2, last, error))
    return FALSE;
  if (rule->from == FROM_STOP_TALKS)
    ok = ond_statement_bind_int64 (stmt, 3, rule->maatwerk ? 1 : 0, error);
  else
    ok = ond_statement_bind_text (stmt, 3, rule->kind, error) &&
         ((rule->from != FROM_CONTROLS && rule->from != FROM_MEASURES) ||
          ond_statement_bind_text (stmt, 4, rule->detail, error));
  if (!ok)
    return FALSE;

  while ((ok = ond_statement_step (stmt, &has_row, error)) && has_row)
    add_row (count,
             ond_statement_get_int64 (stmt, 0),
             !ond_statement_get_is_null (stmt, 1),
             ond_statement_get_int64 (stmt, 1),
             ond_statement_get_int64 (stmt, 2),
             ond_statement_get_int64 (stmt, 3));
  return ok;
}

/* Adds @part (a count of a part of the figure) to @count. */
static void
add_count (OndFigureCount       *count,
           const OndFigureCount *part)
{
  count->records += part->records;
  count->total += part->total;
  count->no_area += part->no_area;
  for (int m = 0; m < 12; m++)
    count->months[m] += part->months[m];
  for (guint i = 0; i < part->areas->len; i++)
    {
      const OndFigureAreaValue *v = &g_array_index (part->areas, OndFigureAreaValue, i);

      add_to_area (count, v->area_id, v->value);
    }
}

static gboolean
count_figure (OndStore                 *self,
              const OndFigureIndicator *indicator,
              int                       year,
              int                       depth,
              OndFigureCount           *count,
              GError                  **error)
{
  const FigureRule *rule;
  g_autoptr(GPtrArray) parts = NULL;

  _ond_figure_count_clear (count);
  count->areas = g_array_new (FALSE, FALSE, sizeof (OndFigureAreaValue));

  rule = find_rule (indicator->code);
  if (rule == NULL || g_strcmp0 (indicator->method, "counted") != 0)
    return TRUE;

  if (rule->from != FROM_PARTS)
    {
      count->countable = TRUE;
      return count_records (self, rule, year, count, error);
    }

  /* The parts of a figure are one level deep; the limit only stops a loop in the data. */
  if (depth > 4)
    return TRUE;
  parts = list_indicators (self, indicator->id, error);
  if (parts == NULL)
    return FALSE;
  for (guint i = 0; i < parts->len; i++)
    {
      g_auto(OndFigureCount) part = { 0 };

      if (!count_figure (self, g_ptr_array_index (parts, i), year, depth + 1, &part, error))
        return FALSE;
      if (part.countable)
        {
          count->countable = TRUE;
          add_count (count, &part);
        }
    }
  return TRUE;
}

gboolean
_ond_store_count_figure (OndStore                 *self,
                         const OndFigureIndicator *indicator,
                         int                       year,
                         OndFigureCount           *count,
                         GError                  **error)
{
  g_return_val_if_fail (indicator != NULL, FALSE);
  g_return_val_if_fail (count != NULL, FALSE);

  return count_figure (self, indicator, year, 0, count, error);
}

static void
add_part (GPtrArray  *parts,
          char       *part,
          char       *label,
          gint64      value)
{
  OndFigurePart *self = g_new0 (OndFigurePart, 1);

  self->part = part;
  self->label = label;
  self->value = value;
  g_ptr_array_add (parts, self);
}

static gint64
area_value (const OndFigureCount *count,
            gint64                area_id)
{
  if (count == NULL)
    return 0;
  for (guint i = 0; i < count->areas->len; i++)
    {
      const OndFigureAreaValue *v = &g_array_index (count->areas, OndFigureAreaValue, i);

      if (v->area_id == area_id)
        return v->value;
    }
  return 0;
}

GPtrArray *
_ond_figure_parts_from_count (const OndFigureCount *count,
                              GPtrArray            *areas)
{
  g_autoptr(GPtrArray) parts = NULL;

  g_return_val_if_fail (areas != NULL, NULL);

  parts = g_ptr_array_new_with_free_func ((GDestroyNotify) ond_figure_part_free);
  add_part (parts, g_strdup (""), g_strdup ("Geheel"), count != NULL ? count->total : 0);
  for (int q = 0; q < 4; q++)
    {
      gint64 value = 0;

      for (int m = 3 * q; count != NULL && m < 3 * q + 3; m++)
        value += count->months[m];
      add_part (parts, g_strdup_printf ("Q%d", q + 1), g_strdup_printf ("Q%d", q + 1), value);
    }
  for (int m = 0; m < 12; m++)
    add_part (parts, g_strdup_printf ("M%02d", m + 1), g_strdup (month_names[m]),
              count != NULL ? count->months[m] : 0);
  for (guint i = 0; i < areas->len; i++)
    {
      const OndFigureArea *area = g_ptr_array_index (areas, i);

      add_part (parts, g_strdup_printf ("area:%" G_GINT64_FORMAT, area->id),
                g_strdup (area->name), area_value (count, area->id));
    }
  for (guint i = 0; i < areas->len; i++)
    {
      const OndFigureArea *area = g_ptr_array_index (areas, i);
      gboolean seen = FALSE;
      gint64 value = 0;

      if (*area->district == '\0')
        continue;
      for (guint j = 0; j < i && !seen; j++)
        seen = g_strcmp0 (((OndFigureArea *) g_ptr_array_index (areas, j))->district,
                          area->district) == 0;
      if (seen)
        continue;
      for (guint j = i; j < areas->len; j++)
        {
          const OndFigureArea *other = g_ptr_array_index (areas, j);

          if (g_strcmp0 (other->district, area->district) == 0)
            value += area_value (count, other->id);
        }
      add_part (parts, g_strdup_printf ("district:%s", area->district),
                g_strdup_printf ("%s (samen)", area->district), value);
    }
  add_part (parts, g_strdup ("area:none"), g_strdup ("Geen gebied"),
            count != NULL ? count->no_area : 0);
  return g_steal_pointer (&parts);
}

GPtrArray *
_ond_figure_parts_from_frozen (GHashTable *frozen,
                               GPtrArray  *areas)
{
  GPtrArray *parts = _ond_figure_parts_from_count (NULL, areas);

  for (guint i = 0; i < parts->len; i++)
    {
      OndFigurePart *part = g_ptr_array_index (parts, i);
      const gint64 *value = frozen != NULL ? g_hash_table_lookup (frozen, part->part) : NULL;

      part->value = value != NULL ? *value : 0;
    }
  return parts;
}
