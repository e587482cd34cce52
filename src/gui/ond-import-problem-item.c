/* ond-import-problem-item.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A problem of an import as a list item: read-only properties "line" (the file's line,
 * "" for the whole file: a text, so that the table shows nothing rather than 0),
 * "line-number" (for sorting), "column" and "message". */

#define G_LOG_DOMAIN "ond-import-problem-item"

#include "config.h"

#include "ond-import-problem-item.h"

struct _OndImportProblemItem
{
  GObject  parent_instance;

  guint    line;
  char    *line_text;
  char    *column;
  char    *message;
};

enum
{
  PROP_0,
  PROP_LINE,
  PROP_LINE_NUMBER,
  PROP_COLUMN,
  PROP_MESSAGE,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndImportProblemItem, ond_import_problem_item, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
ond_import_problem_item_finalize (GObject *object)
{
  OndImportProblemItem *self = OND_IMPORT_PROBLEM_ITEM (object);

  g_free (self->line_text);
  g_free (self->column);
  g_free (self->message);

  G_OBJECT_CLASS (ond_import_problem_item_parent_class)->finalize (object);
}

static void
ond_import_problem_item_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  OndImportProblemItem *self = OND_IMPORT_PROBLEM_ITEM (object);

  switch (prop_id)
    {
    case PROP_LINE:
      g_value_set_string (value, self->line_text);
      break;

    case PROP_LINE_NUMBER:
      g_value_set_uint (value, self->line);
      break;

    case PROP_COLUMN:
      g_value_set_string (value, self->column);
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_import_problem_item_class_init (OndImportProblemItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ond_import_problem_item_finalize;
  object_class->get_property = ond_import_problem_item_get_property;

  properties[PROP_LINE] =
    g_param_spec_string ("line", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LINE_NUMBER] =
    g_param_spec_uint ("line-number", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_COLUMN] =
    g_param_spec_string ("column", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_import_problem_item_init (OndImportProblemItem *self)
{
}

/**
 * ond_import_problem_item_new:
 * @problem: a problem of an import
 *
 * Returns: (transfer full): an item with a copy of @problem's line, column and message
 */
OndImportProblemItem *
ond_import_problem_item_new (const OndImportProblem *problem)
{
  OndImportProblemItem *self;

  g_return_val_if_fail (problem != NULL, NULL);

  self = g_object_new (OND_TYPE_IMPORT_PROBLEM_ITEM, NULL);
  self->line = problem->line;
  self->line_text = problem->line > 0 ? g_strdup_printf ("%u", problem->line) : g_strdup ("");
  self->column = g_strdup (problem->column != NULL ? problem->column : "");
  self->message = g_strdup (problem->message != NULL ? problem->message : "");
  return self;
}

guint
ond_import_problem_item_get_line (OndImportProblemItem *self)
{
  g_return_val_if_fail (OND_IS_IMPORT_PROBLEM_ITEM (self), 0);

  return self->line;
}

const char *
ond_import_problem_item_get_column (OndImportProblemItem *self)
{
  g_return_val_if_fail (OND_IS_IMPORT_PROBLEM_ITEM (self), NULL);

  return self->column;
}

const char *
ond_import_problem_item_get_message (OndImportProblemItem *self)
{
  g_return_val_if_fail (OND_IS_IMPORT_PROBLEM_ITEM (self), NULL);

  return self->message;
}

/**
 * ond_import_problem_item_list:
 * @problems: (element-type OndImportProblem) (nullable): problems of an import
 *
 * Returns: (transfer full): a #GListStore of #OndImportProblemItem, one per problem, in order
 */
GListModel *
ond_import_problem_item_list (GPtrArray *problems)
{
  GListStore *store = g_list_store_new (OND_TYPE_IMPORT_PROBLEM_ITEM);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    g_ptr_array_add (items, ond_import_problem_item_new (g_ptr_array_index (problems, i)));
  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (store);
}
