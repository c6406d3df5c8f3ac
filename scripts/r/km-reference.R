# Kaplan–Meier, Greenwood standard errors, the log-transformed 95% band, the median and the
# log-rank test, as R's `survival` package computes them, for every input CSV (columns
# time,status,group). Prints one JSON document to stdout.
# Usage: Rscript scripts/r/km-reference.R [input.csv ...]
#   (default: every CSV in test/fixtures/retention/inputs)
suppressPackageStartupMessages(library(survival))
file_arg <- grep("^--file=", commandArgs(FALSE), value = TRUE)
source(file.path(dirname(normalizePath(sub("^--file=", "", file_arg[1]))), "json.R"))

inputs <- commandArgs(trailingOnly = TRUE)
if (length(inputs) == 0) {
  inputs <- sort(list.files(file.path(script_dir(), "..", "..", "test", "fixtures", "retention", "inputs"),
                            pattern = "\\.csv$", full.names = TRUE), method = "radix")
}

curve_of <- function(time, status) {
  fit <- survfit(Surv(time, status) ~ 1, conf.type = "log", conf.int = 0.95)
  s <- summary(fit)
  list(
    n = length(time),
    events = sum(status),
    time = I(s$time),
    nRisk = I(s$n.risk),
    nEvent = I(s$n.event),
    surv = I(s$surv),
    stdErr = I(s$std.err),
    lower = I(s$lower),
    upper = I(s$upper),
    median = unname(s$table["median"])
  )
}

reference_of <- function(path) {
  data <- read.csv(path, stringsAsFactors = FALSE, colClasses = c("numeric", "integer", "character"))
  keys <- sort(unique(data$group), method = "radix")
  groups <- lapply(keys, function(key) {
    part <- data[data$group == key, ]
    c(list(key = key), curve_of(part$time, part$status))
  })
  log_rank <- NULL
  if (length(keys) >= 2) {
    test <- survdiff(Surv(time, status) ~ group, data = data)
    df <- sum(test$exp > 0) - 1
    log_rank <- list(chisq = test$chisq, df = df, p = pchisq(test$chisq, df, lower.tail = FALSE))
  }
  list(
    name = sub("\\.csv$", "", basename(path)),
    all = curve_of(data$time, data$status),
    groups = groups,
    logRank = log_rank
  )
}

cat(to_json(list(
  producedBy = paste0("R ", getRversion(), ", survival ", packageVersion("survival")),
  datasets = lapply(inputs, reference_of)
)), "\n", sep = "")
