/* ond-budget-line.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A budget line (kostenpost): name, optional ledger code, and an amount in cents for each
 * year that has one (budget_amount).
 */

#define G_LOG_DOMAIN "ond-budget-line"

#include "config.h"

#include "ond-budget-line.h"

struct _OndBudgetLine
{
  GObject parent_instance;

  gint64  id;
  int     position;
  char   *name;
  char   *ledger_code;
  gint64  row_version;
  int    *years;
  gint64 *amounts;
  guint   n_amounts;
};

enum
{
  PROP_0,
  PROP_ID,
  PROP_POSITION,
  PROP_NAME,
  PROP_LEDGER_CODE,
  PROP_ROW_VERSION,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndBudgetLine, ond_budget_line, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static gboolean
find_year (OndBudgetLine *self,
           int            year,
           guint         *index)
{
  for (guint i = 0; i < self->n_amounts; i++)
    if (self->years[i] == year)
      {
        *index = i;
        return TRUE;
      }
  return FALSE;
}

static void
ond_budget_line_finalize (GObject *object)
{
  OndBudgetLine *self = OND_BUDGET_LINE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->ledger_code, g_free);
  g_clear_pointer (&self->years, g_free);
  g_clear_pointer (&self->amounts, g_free);

  G_OBJECT_CLASS (ond_budget_line_parent_class)->finalize (object);
}

static void
ond_budget_line_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OndBudgetLine *self = OND_BUDGET_LINE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_LEDGER_CODE:
      g_value_set_string (value, self->ledger_code);
      break;

    case PROP_ROW_VERSION:
      g_value_set_int64 (value, self->row_version);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_budget_line_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OndBudgetLine *self = OND_BUDGET_LINE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;

    case PROP_POSITION:
      self->position = g_value_get_int (value);
      break;

    case PROP_NAME:
      g_free (self->name);
      self->name = g_value_dup_string (value);
      if (self->name == NULL)
        self->name = g_strdup ("");
      break;

    case PROP_LEDGER_CODE:
      g_free (self->ledger_code);
      self->ledger_code = g_value_dup_string (value);
      break;

    case PROP_ROW_VERSION:
      self->row_version = g_value_get_int64 (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_budget_line_class_init (OndBudgetLineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ond_budget_line_finalize;
  object_class->get_property = ond_budget_line_get_property;
  object_class->set_property = ond_budget_line_set_property;

  /* The row id of the budget line. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The place of the line in the budget. */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The name of the kostenpost, e.g. "Veiligheidsinformatieknooppunt (VIK)". */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The code of the line in the financial system, or %NULL. */
  properties[PROP_LEDGER_CODE] =
    g_param_spec_string ("ledger-code", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The row version read with the line: every change of its name or ledger code through
   * the store adds 1, and an edit opened with it is saved only while the row still has it
   * (ond_store_save_budget_line_edit()). */
  properties[PROP_ROW_VERSION] =
    g_param_spec_int64 ("row-version", NULL, NULL,
                        0, G_MAXINT64, 1,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_budget_line_init (OndBudgetLine *self)
{
}

/**
 * ond_budget_line_new:
 * @id: the row id of the budget line
 * @position: the place of the line in the budget
 * @name: the name of the kostenpost, e.g. "Veiligheidsinformatieknooppunt (VIK)"
 * @ledger_code: (nullable): the code of the line in the financial system, or %NULL
 * @years: (array length=n_amounts) (nullable): the years that have an amount
 * @amounts: (array length=n_amounts) (nullable): the amount in cents for each of @years
 * @n_amounts: the number of @years and of @amounts
 * @row_version: the row version read with the line (1 for a line never changed)
 *
 * Makes the model object of one budget line row and its amounts per year. The arrays are
 * copied.
 *
 * Returns: (transfer full): a new #OndBudgetLine
 */
OndBudgetLine *
ond_budget_line_new (gint64        id,
                     int           position,
                     const char   *name,
                     const char   *ledger_code,
                     const int    *years,
                     const gint64 *amounts,
                     guint         n_amounts,
                     gint64        row_version)
{
  OndBudgetLine *self;

  g_return_val_if_fail (years != NULL || n_amounts == 0, NULL);
  g_return_val_if_fail (amounts != NULL || n_amounts == 0, NULL);

  self = g_object_new (OND_TYPE_BUDGET_LINE,
                       "id", id,
                       "position", position,
                       "name", name,
                       "ledger-code", ledger_code,
                       "row-version", row_version,
                       NULL);
  self->years = g_memdup2 (years, sizeof (int) * n_amounts);
  self->amounts = g_memdup2 (amounts, sizeof (gint64) * n_amounts);
  self->n_amounts = n_amounts;

  return self;
}

gint64
ond_budget_line_get_id (OndBudgetLine *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_LINE (self), 0);

  return self->id;
}

int
ond_budget_line_get_position (OndBudgetLine *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_LINE (self), 0);

  return self->position;
}

const char *
ond_budget_line_get_name (OndBudgetLine *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_LINE (self), NULL);

  return self->name;
}

const char *
ond_budget_line_get_ledger_code (OndBudgetLine *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_LINE (self), NULL);

  return self->ledger_code;
}

/**
 * ond_budget_line_get_row_version:
 * @self: a #OndBudgetLine
 *
 * Returns: the row version read with the line (see #OndBudgetLine:row-version)
 */
gint64
ond_budget_line_get_row_version (OndBudgetLine *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_LINE (self), 0);

  return self->row_version;
}

/**
 * ond_budget_line_get_amount:
 * @self: a #OndBudgetLine
 * @year: a year
 *
 * Returns: the amount budgeted for @year in cents, 0 when the line has none for that year
 */
gint64
ond_budget_line_get_amount (OndBudgetLine *self,
                            int            year)
{
  guint index;

  g_return_val_if_fail (OND_IS_BUDGET_LINE (self), 0);

  if (!find_year (self, year, &index))
    return 0;
  return self->amounts[index];
}

/**
 * ond_budget_line_has_amount:
 * @self: a #OndBudgetLine
 * @year: a year
 *
 * Tells a line budgeted at € 0 for @year apart from one with no amount for it.
 *
 * Returns: whether the line has an amount for @year
 */
gboolean
ond_budget_line_has_amount (OndBudgetLine *self,
                            int            year)
{
  guint index;

  g_return_val_if_fail (OND_IS_BUDGET_LINE (self), FALSE);

  return find_year (self, year, &index);
}

/**
 * ond_budget_line_get_years:
 * @self: a #OndBudgetLine
 * @n_years: (out) (optional): the number of years
 *
 * Returns: (array length=n_years) (transfer none) (nullable): the years the line has an
 *   amount for, in the order the store gave them (ascending)
 */
const int *
ond_budget_line_get_years (OndBudgetLine *self,
                           guint         *n_years)
{
  g_return_val_if_fail (OND_IS_BUDGET_LINE (self), NULL);

  if (n_years != NULL)
    *n_years = self->n_amounts;
  return self->years;
}
