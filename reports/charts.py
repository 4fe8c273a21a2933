"""The eligibility chart, drawn on the server as SVG geometry so it reads without JavaScript."""

from dataclasses import dataclass

from .rules import ELIGIBILITY_THRESHOLD_PERCENT

WIDTH = 640
LABEL_WIDTH = 170  # room for the country names left of the bars
VALUE_ROOM = 60  # room for "100 %" right of the longest bar
ROW_HEIGHT = 36
BAR_HEIGHT = 22
TOP = 34  # room for the threshold's label above the bars
BOTTOM = 28  # room for the 0 / 50 / 100 % ticks


@dataclass(frozen=True)
class Bar:
    label: str
    percentage: int | None
    eligible: bool
    highlighted: bool
    y: int
    bar_width: float
    text_y: int
    value_x: float


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    label_x: int
    plot_x: int
    plot_width: int
    top: int
    axis_y: int
    threshold_x: float
    threshold: int
    bars: list
    ticks: list


def eligibility_chart(scores):
    """Horizontal bars of each country's total, with the eligibility threshold as a line."""
    plot_width = WIDTH - LABEL_WIDTH - VALUE_ROOM
    bars = []
    for index, score in enumerate(scores):
        percentage = score.total_percentage
        y = TOP + index * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) // 2
        bar_width = round(plot_width * (percentage or 0) / 100, 1)
        bars.append(
            Bar(
                label=score.country,
                percentage=percentage,
                eligible=score.is_eligible,
                highlighted=score.highlighted,
                y=y,
                bar_width=bar_width,
                text_y=y + BAR_HEIGHT // 2 + 5,
                value_x=LABEL_WIDTH + bar_width + 6,
            )
        )
    axis_y = TOP + len(scores) * ROW_HEIGHT
    ticks = [
        {"x": round(LABEL_WIDTH + plot_width * value / 100, 1), "label": f"{value} %"}
        for value in (0, 25, 50, 75, 100)
    ]
    return Chart(
        width=WIDTH,
        height=axis_y + BOTTOM,
        label_x=LABEL_WIDTH - 8,
        plot_x=LABEL_WIDTH,
        plot_width=plot_width,
        top=TOP - 8,
        axis_y=axis_y,
        threshold_x=round(LABEL_WIDTH + plot_width * ELIGIBILITY_THRESHOLD_PERCENT / 100, 1),
        threshold=ELIGIBILITY_THRESHOLD_PERCENT,
        bars=bars,
        ticks=ticks,
    )
