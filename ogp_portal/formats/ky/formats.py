# Kyrgyz official texts write dates as «2018-жылдын 16-октябры», with the month in a suffixed
# form Django's format strings cannot make; the numeric form «16.10.2018» is attested too
# (ogp.el.kg, gov.kg), so the portal uses it rather than Django's «16 Октябрь 2018 ж.».
DATE_FORMAT = "d.m.Y"
SHORT_DATE_FORMAT = "d.m.Y"
DATETIME_FORMAT = "d.m.Y H:i"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
MONTH_DAY_FORMAT = "d.m"
YEAR_MONTH_FORMAT = "m.Y"
FIRST_DAY_OF_WEEK = 1
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"
NUMBER_GROUPING = 3
