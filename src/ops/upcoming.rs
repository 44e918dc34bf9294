//! What is coming: the milestones of the next days, each on the day it falls in that year.
