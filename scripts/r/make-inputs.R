# Writes the input data sets of the Kaplan–Meier and log-rank references as CSV files with the
# columns time,status,group (status 1 = event, 0 = censored):
#   - lung (by sex and by ECOG score), aml and ovarian from the `survival` package;
#   - telco-contract: tenure in months and churn of IBM's Telco Customer Churn sample, by contract,
#     written only when the path of the original CSV is given as the first argument;
#   - generated sets with heavy ties, censoring at event times, medians on a flat 0.5 step,
#     a group without expected events and survival that reaches 0.
# Usage: Rscript scripts/r/make-inputs.R [path/to/WA_Fn-UseC_-Telco-Customer-Churn.csv]
# Output folder: test/fixtures/retention/inputs (relative to the repository root).
suppressPackageStartupMessages(library(survival))

here <- function() {
  file_arg <- grep("^--file=", commandArgs(FALSE), value = TRUE)
  dirname(normalizePath(sub("^--file=", "", file_arg[1])))
}
out_dir <- file.path(here(), "..", "..", "test", "fixtures", "retention", "inputs")
dir.create(out_dir, recursive = TRUE, showWarnings = FALSE)

write_input <- function(name, time, status, group) {
  frame <- data.frame(time = time, status = as.integer(status), group = as.character(group))
  write.csv(frame, file.path(out_dir, paste0(name, ".csv")), row.names = FALSE, quote = FALSE)
}

lung_data <- survival::lung
write_input("lung-sex", lung_data$time, lung_data$status == 2,
            ifelse(lung_data$sex == 1, "male", "female"))
ecog <- lung_data[!is.na(lung_data$ph.ecog), ]
write_input("lung-ecog", ecog$time, ecog$status == 2, paste0("ecog", ecog$ph.ecog))
aml_data <- survival::aml
write_input("aml", aml_data$time, aml_data$status, gsub("-", "", tolower(aml_data$x)))
ovarian_data <- survival::ovarian
write_input("ovarian", ovarian_data$futime, ovarian_data$fustat, paste0("rx", ovarian_data$rx))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) >= 1) {
  telco <- read.csv(args[1], stringsAsFactors = FALSE)
  contract <- c("Month-to-month" = "monthly", "One year" = "one-year", "Two year" = "two-year")
  write_input("telco-contract", telco$tenure, telco$Churn == "Yes", contract[telco$Contract])
}

set.seed(20240601)
# Whole-month lifetimes in three groups, with many ties and censoring at event times.
n <- 150
group <- sample(c("a", "b", "c"), n, replace = TRUE)
time <- ifelse(group == "a", sample(1:12, n, replace = TRUE),
               ifelse(group == "b", sample(1:6, n, replace = TRUE), sample(2:9, n, replace = TRUE)))
status <- rbinom(n, 1, ifelse(group == "c", 0.4, 0.7))
write_input("generated-ties", time, status, group)

# Flat steps at S = 0.5: "halving" reaches 0.5 at 2 and drops again at 3 (median 2.5);
# "plateau" stays at 0.5 (median 2); "products" reaches 0.5 as 3/4 × 2/3 (median 3.5).
write_input("generated-median",
            c(1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 5),
            c(1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 1),
            c(rep("halving", 4), rep("plateau", 4), rep("products", 4)))

# A group that leaves before any event ("early": expected 0, dropped by the test as R does), one
# with no events but at risk ("quiet"), and one whose survival reaches 0 ("ends").
write_input("generated-edges",
            c(0.5, 0.5, 1, 2, 2, 3, 5, 1, 2, 4, 4, 6, 3, 6, 7, 8, 1, 2, 3),
            c(0, 0, 1, 1, 0, 1, 0, 1, 0, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1),
            c("early", "early", rep("x", 5), rep("y", 5), rep("quiet", 4), rep("ends", 3)))

# Monthly lifetimes as an sBG generates them (a churn probability per account from a beta
# distribution), censored by a uniform observation window of 0–36 months.
m <- 400
channel <- sample(c("ads", "partner", "organic", "events"), m, replace = TRUE, prob = c(4, 3, 2, 1))
shape <- list(ads = c(1.2, 4), partner = c(0.8, 6), organic = c(0.6, 3), events = c(2, 5))
theta <- vapply(channel, function(g) rbeta(1, shape[[g]][1], shape[[g]][2]), numeric(1))
lifetime <- rgeom(m, theta) + 1
window <- sample(0:36, m, replace = TRUE)
write_input("generated-months", pmin(lifetime, window), lifetime <= window, channel)
