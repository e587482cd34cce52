/* ond-report.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* OndReport: the data of the progress report for the gemeenteraad (voortgangsrapportage),
 * gathered in one go by ond_report_gather () inside a council scope (ond-store-council.h):
 * the code that gathers it cannot read a case's person data, nor the access log.
 * Everything a council output shows comes from here; the texts are Dutch (data of the plan
 * and the vocabularies, or Dutch literals), whatever the UI language. Amounts in cents.
 *
 * It is also the snapshot kept with a council report ("the figures it used"):
 * ond_report_to_variant () / ond_report_from_variant () and the text forms round-trip
 * exactly (ond-report-json.c), and ond_report_compare () lists what changed since.
 *
 * What is gathered, for plan P and reporting year Y, as of the moment @now:
 * - the plan: id, title, objective, period; Y and the reporting date (@now's date).
 * - progress (ond-plan-progress.h) of the whole plan and of each pillar and theme: the
 *   planning rows of Y and every action, overdue as of @now.
 * - per pillar: number, name, title ("Pijler 1: ..."), objective, progress, explanation:
 *   the pillar's explanation for Y, else its explanation for every year, else none.
 * - the monitoring figures (ond_store_list_figures): per indicator code, name, unit,
 *   parent, the value of each year from the baseline year (first year - 1: 2022) to the
 *   last year of the plan with its origin, the target of Y, status as of @now (ond-figures.h
 *   rules), behind (status BEHIND or FAR_BEHIND), the explanation for (indicator, Y),
 *   explanation_missing when it is behind and has none, and the counts per month of Y when
 *   Y is counted (ond_store_get_figure_months: the cumulative chart).
 * - the planning per theme: the plan's themes in order, then "Geen thema" for rows without
 *   one (only when there are such rows); rows of every year of the plan in the planning's
 *   order, with year, period label, text (what), owner (who), status code and label, and
 *   overdue as of @now.
 * - the budget per line and year (budgeted, committed, spent, remaining, percent used,
 *   flags: ond-reconciliation.h) and per year the totals with every flagged difference:
 *   a line over its budget (OVER_SPENT / OVER_COMMITTED, explained by the line's explanation
 *   for the year), the funding against the lines, the plan's stated total against the lines
 *   and the funding, each flagged earmark, and the bookings on no line of the plan dated in
 *   the year (their number and total): these are explained by the year's explanation.
 *   Bookings dated outside the plan's years (on no line or on a line of the plan) are
 *   other_differences, one per kind and year, explained by that year's explanation.
 * - case counts of the signals received in Y (counts only; hidden cases left out): every
 *   case status with its total; per theme x status: the plan's themes, then "Thema van een
 *   ander plan" (only when such signals exist) and "Geen thema"; per source; per outcome
 *   (closed cases, "Geen uitkomst" for those without).
 * - what the workbook shows besides: each planning row's target and place in the
 *   planning's order; the funding per source and year with its earmarks; the menukaart
 *   (its interventions not retired, the partners that carry out one, the marks). With
 *   them a recorded workbook is made again identically (ond_report_remake_xlsx).
 */

#pragma once

#include <gio/gio.h>

#include "ond-case-counts.h"
#include "ond-figures.h"
#include "ond-plan-progress.h"
#include "ond-reconciliation.h"
#include "ond-store.h"

G_BEGIN_DECLS

/* The version of the snapshot's layout (ond-report-json.c). */
#define OND_REPORT_SNAPSHOT_VERSION 2

typedef struct
{
  gint64           pillar_id;
  int              number;
  char            *name;
  char            *title;
  char            *objective;
  OndPlanProgress  progress;
  char            *explanation;          /* NULL: none */
} OndReportPillar;

/* One year of a figure. */
typedef struct
{
  int              year;
  gboolean         has_value;
  gint64           value;
  OndFigureOrigin  origin;
} OndReportValue;

typedef struct
{
  gint64           indicator_id;
  char            *code;
  char            *name;
  char            *unit;
  char            *parent_code;          /* NULL: a top-level figure */
  GArray          *values;               /* OndReportValue: baseline year, then plan years */
  gint64           target;               /* of the reporting year; -1: none */
  OndFigureStatus  status;
  char            *status_label;         /* Dutch: "Op koers", "Achter", ... */
  gboolean         behind;
  char            *explanation;          /* NULL: none */
  gboolean         explanation_missing;  /* behind, without an explanation */
  gboolean         by_month;             /* the reporting year is counted per month */
  gint64           months[12];           /* its counts per month, January first; all 0
                                          * unless by_month (the cumulative chart) */
} OndReportFigure;

typedef struct
{
  gint64    plan_item_id;
  int       year;
  char     *period;                      /* the period's label: "Q1", "Q3+4 (doorlopend)" */
  char     *text;
  char     *owner;
  char     *status;                      /* work_status code */
  char     *status_label;                /* "Gepland", "Gereed", ... */
  gboolean  overdue;
  char     *targets;                     /* the row's target ("Doel"); NULL: none */
  guint     position;                    /* its place in the planning's order, from 0 */
} OndReportPlanRow;

typedef struct
{
  gint64           theme_id;             /* 0: rows without a theme */
  char            *name;
  OndPlanProgress  progress;             /* zero for rows without a theme */
  GPtrArray       *rows;                 /* OndReportPlanRow */
} OndReportTheme;

typedef struct
{
  int           year;
  gint64        budgeted;
  gint64        committed;
  gint64        spent;
  gint64        remaining;
  int           percent_used;            /* -1 when the budget is 0 */
  OndLineFlags  flags;
} OndReportLineYear;

typedef struct
{
  gint64   line_id;
  char    *name;
  char    *ledger_code;                  /* NULL: none */
  GArray  *years;                        /* OndReportLineYear, the plan's years */
} OndReportLine;

/* The funding of one source, every year of the plan (the workbook's Begroting sheet). */
typedef struct
{
  char    *source;                       /* the source's code */
  char    *label;                        /* Dutch: the source's name */
  GArray  *amounts;                      /* gint64 cents, first_year..last_year */
  char    *earmarks;                     /* its earmarks, "; " between them; NULL: none */
} OndReportFunding;

/* One intervention of the menukaart (not retired), with a mark per menu partner. */
typedef struct
{
  char    *name;
  GArray  *marks;                        /* gboolean, one per OndReport.menu_partners */
} OndReportMenuRow;

typedef enum
{
  OND_REPORT_DIFFERENCE_OVER_SPENT,      /* a line: spent above its budget (amount: excess) */
  OND_REPORT_DIFFERENCE_OVER_COMMITTED,  /* a line: spent + committed above its budget */
  OND_REPORT_DIFFERENCE_FUNDING,         /* funding - the lines' budget */
  OND_REPORT_DIFFERENCE_STATED_LINES,    /* the plan's stated total - the lines' budget */
  OND_REPORT_DIFFERENCE_STATED_FUNDING,  /* the plan's stated total - funding */
  OND_REPORT_DIFFERENCE_EARMARK,         /* eligible lines' budget - earmarked amount (< 0) */
  OND_REPORT_DIFFERENCE_UNMATCHED,       /* bookings on no line of the plan (their total) */
  OND_REPORT_DIFFERENCE_OUTSIDE,         /* bookings dated outside the plan's years */
} OndReportDifferenceKind;

typedef struct
{
  OndReportDifferenceKind  kind;
  int                      year;
  gint64                   line_id;      /* the line; 0 for a difference of the year */
  char                    *label;        /* Dutch, e.g. "Uitgaven boven de begroting" */
  char                    *subject;      /* Dutch: the line's name, "Taakveld 1.2: ...", "2024" */
  gint64                   amount;       /* cents */
  guint                    n_bookings;   /* UNMATCHED and OUTSIDE: how many; else 0 */
  char                    *explanation;  /* NULL: none */
  gboolean                 explanation_missing;
} OndReportDifference;

typedef struct
{
  int         year;
  gint64      lines_total;
  gint64      funding_total;
  gboolean    has_stated_total;
  gint64      stated_total;
  gint64      spent;
  gint64      committed;
  gint64      remaining;
  GPtrArray  *differences;               /* OndReportDifference */
} OndReportYear;

typedef struct
{
  gint64   theme_id;                     /* 0: see label */
  char    *label;                        /* the theme, "Thema van een ander plan", "Geen thema" */
  char    *short_label;                  /* the theme's short name; NULL: none (use label) */
  GArray  *counts;                       /* gint64, in the order of case_statuses */
  gint64   total;
} OndReportThemeCases;

typedef struct
{
  gint64      plan_id;
  char       *plan_title;
  char       *plan_objective;
  int         first_year;
  int         last_year;
  char       *period_label;              /* "2023-2024" */
  int         year;                      /* the reporting year */
  char       *date;                      /* the reporting date, ISO "YYYY-MM-DD" */
  OndPlanProgress progress;              /* the whole plan */
  GPtrArray  *pillars;                   /* OndReportPillar, by number */
  int         baseline_year;             /* first_year - 1 */
  GPtrArray  *figures;                   /* OndReportFigure, in the indicators' order */
  GPtrArray  *themes;                    /* OndReportTheme */
  GPtrArray  *lines;                     /* OndReportLine, in the lines' order */
  GPtrArray  *years;                     /* OndReportYear, first_year..last_year */
  GPtrArray  *other_differences;         /* OndReportDifference: UNMATCHED and OUTSIDE
                                          * bookings dated outside the plan's years, by year */
  GPtrArray  *case_statuses;             /* OndCount: code, label, total of the year */
  GPtrArray  *cases_by_theme;            /* OndReportThemeCases */
  GPtrArray  *cases_by_source;           /* OndCount */
  GPtrArray  *cases_by_outcome;          /* OndCount; code "" = closed without outcome */
  GPtrArray  *funding;                   /* OndReportFunding, sources in order of first
                                          * occurrence (funding of the plan's years) */
  GPtrArray  *menu_partners;             /* char *: the short name (else the name) of each
                                          * partner that carries out an intervention on the
                                          * menu, in the partners' order */
  GPtrArray  *menu;                      /* OndReportMenuRow, the interventions' order */
} OndReport;

/* One thing that differs between a recorded report and today's (ond_report_compare). */
typedef struct
{
  char *section;                         /* "Monitoring", "Begroting", "Planning", ... */
  char *what;                            /* e.g. "MMA-meldingen, 2024" */
  char *then;                            /* as the report showed it; "—" when absent */
  char *now;                             /* as it is now; "—" when absent */
} OndReportChange;

/* @plan_id 0: the current plan (ond_store_dup_current_plan). @year 0: the default year
 * (ond_report_default_year). A year outside the plan's period fails with
 * OND_STORE_ERROR_INVALID. Enters a council scope unless the store is in one already. */
OndReport  *ond_report_gather               (OndStore         *store,
                                             gint64            plan_id,
                                             int               year,
                                             GDateTime        *now,
                                             GError          **error) G_GNUC_WARN_UNUSED_RESULT;
void        ond_report_free                 (OndReport        *self);

/* The explanations the report asks for and lacks: figures behind target and flagged
 * differences without one. */
guint       ond_report_count_missing_explanations (const OndReport *self);
/* The Dutch label of a figure's status ("Op koers"); transfer none. */
const char *ond_report_status_label         (OndFigureStatus   status);

/* The snapshot (ond-report-json.c). The variant is a vardict (a{sv}) with "version"
 * OND_REPORT_SNAPSHOT_VERSION; transfer full, not floating. */
GVariant   *ond_report_to_variant           (const OndReport  *self) G_GNUC_WARN_UNUSED_RESULT;
OndReport  *ond_report_from_variant         (GVariant         *variant,
                                             GError          **error) G_GNUC_WARN_UNUSED_RESULT;
/* The snapshot as text (g_variant_print with types) and back (OND_STORE_ERROR_INVALID when
 * the text is not a snapshot). */
char       *ond_report_to_text              (const OndReport  *self) G_GNUC_WARN_UNUSED_RESULT;
OndReport  *ond_report_from_text            (const char       *text,
                                             GError          **error) G_GNUC_WARN_UNUSED_RESULT;

/* What differs between @then and @now (ond-report-compare.c), in this order: the pillars'
 * progress and explanations, the figures (every year, target, status, explanation), the
 * planning rows' status, the budget lines per year and the year totals, the case counts.
 * Transfer full: GPtrArray of OndReportChange (empty when nothing changed). */
GPtrArray  *ond_report_compare              (const OndReport  *then,
                                             const OndReport  *now) G_GNUC_WARN_UNUSED_RESULT;
void        ond_report_change_free          (OndReportChange  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OndReport, ond_report_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OndReportChange, ond_report_change_free)

G_END_DECLS
