# Maximum-likelihood fits of the shifted-beta-geometric (sBG) model, derived independently of the
# app's code: P(T = t) = B(α + 1, β + t − 1) ÷ B(α, β) and S(t) = B(α, β + t) ÷ B(α, β), and the
# log-likelihood Σ lost_t ln P(T = t) + Σ censored_t ln S(t), maximised by L-BFGS-B on
# (ln α, ln β) within e^±12 from several starts, then polished by Newton steps on a numerical
# Hessian. Also the projected survival and the discounted expected residual lifetime, the latter by
# brute-force sums. Prints one JSON document to stdout.
# Usage: Rscript scripts/r/sbg-reference.R
file_arg <- grep("^--file=", commandArgs(FALSE), value = TRUE)
source(file.path(dirname(normalizePath(sub("^--file=", "", file_arg[1]))), "json.R"))
inputs <- file.path(script_dir(), "..", "..", "test", "fixtures", "retention", "inputs")

log_lik <- function(alpha, beta, lost, censored) {
  t <- seq_along(lost)
  sum(lost * (lbeta(alpha + 1, beta + t - 1) - lbeta(alpha, beta))) +
    sum(censored * (lbeta(alpha, beta + t) - lbeta(alpha, beta)))
}

fit_sbg <- function(lost, censored) {
  objective <- function(p) -log_lik(exp(p[1]), exp(p[2]), lost, censored)
  best <- NULL
  for (a in c(-1, 0, 1)) for (b in c(-1, 0, 1, 2)) {
    run <- optim(c(a, b), objective, method = "L-BFGS-B", lower = -12, upper = 12,
                 control = list(factr = 1, pgtol = 0, maxit = 10000))
    if (is.null(best) || run$value < best$value) best <- run
  }
  p <- best$par
  for (i in 1:20) {
    h <- optimHess(p, objective)
    g <- vapply(1:2, function(j) {
      e <- c(0, 0); e[j] <- 1e-5 * max(1, abs(p[j]))
      (objective(p + e) - objective(p - e)) / (2 * e[j])
    }, numeric(1))
    step <- solve(h, g)
    if (objective(p - step) <= objective(p)) p <- p - step else break
    if (max(abs(step)) < 1e-12) break
  }
  list(alpha = exp(p[1]), beta = exp(p[2]), logLik = -objective(p))
}

survival_at <- function(alpha, beta, t) exp(lbeta(alpha, beta + t) - lbeta(alpha, beta))

# Σ_{t > s} S(t) ÷ S(s) ÷ (1 + d)^(t − s − 1); at the discount rates used (10% and more per
# period) the terms past 5,000 periods are below 1e-200.
derl <- function(alpha, beta, s, d) {
  t <- (s + 1):(s + 5000)
  sum(exp(lbeta(alpha, beta + t) - lbeta(alpha, beta + s)) / (1 + d)^(t - s - 1))
}

cohort <- function(name, survivors, fitted_periods) {
  observed <- survivors[1:(fitted_periods + 1)]
  lost <- -diff(observed)
  censored <- c(rep(0, fitted_periods - 1), observed[fitted_periods + 1])
  fit <- fit_sbg(lost, censored)
  horizon <- length(survivors) - 1
  list(
    name = name,
    survivors = I(survivors),
    fittedPeriods = fitted_periods,
    fit = fit,
    projectedSurvival = I(survival_at(fit$alpha, fit$beta, 1:horizon)),
    derl = lapply(list(c(0, 0.1), c(3, 0.1), c(7, 0.25)), function(v) {
      list(periodsSurvived = v[1], discountRate = v[2], value = derl(fit$alpha, fit$beta, v[1], v[2]))
    })
  )
}

grouped <- function(file) {
  data <- read.csv(file.path(inputs, file), stringsAsFactors = FALSE)
  keys <- sort(unique(data$group), method = "radix")
  lapply(keys, function(key) {
    part <- data[data$group == key, ]
    periods <- max(part$time)
    churned <- part$status == 1
    lost <- tabulate(pmax(1, part$time[churned]), periods)
    censored <- tabulate(part$time[!churned & part$time >= 1], periods)
    list(key = key, fit = fit_sbg(lost, censored))
  })
}

cat(to_json(list(
  producedBy = paste0("R ", getRversion()),
  cohorts = list(
    cohort("regular", c(1000, 631, 468, 382, 326, 289, 262, 241, 223, 207, 194, 183, 173), 7),
    cohort("highEnd", c(1000, 869, 743, 653, 593, 551, 517, 491, 468, 445, 427, 409, 394), 7)
  ),
  groups = list(
    telcoContract = grouped("telco-contract.csv"),
    generatedMonths = grouped("generated-months.csv")
  )
)), "\n", sep = "")
